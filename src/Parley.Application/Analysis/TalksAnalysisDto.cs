using System.Text.Json;
using Parley.Analysis;
using Parley.Analysis.Formats;
using Parley.Analysis.Model;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Application.Analysis;

/// <summary>
/// The talks' analysis as the API returns it: whose profiles it uses, whose are not shared, the gaps filled with 0,
/// the instance in the contract's JSON and the contract's solutions object (null when fewer than two profiles are
/// readable, or the instance is invalid — then <see cref="Error"/> says why).
/// </summary>
public sealed record TalksAnalysisDto(
    IReadOnlyList<string> Included,
    IReadOnlyList<string> NotShared,
    IReadOnlyList<string> Gaps,
    JsonElement? Instance,
    JsonElement? Solutions,
    string? Error)
{
    public static TalksAnalysisDto From(TalksInstance talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        if (talks.Instance is null)
        {
            return new(talks.Included, talks.NotShared, talks.Gaps, null, null,
                $"The analysis needs at least two parties' profiles; readable: {talks.Included.Count}.");
        }
        var instance = JsonSerializer.SerializeToElement(talks.Instance, JsonSerializerOptions.Web);
        try
        {
            var analysis = NegotiationAnalysis.Create(talks.Instance);
            return new(talks.Included, talks.NotShared, talks.Gaps, instance, JsonDocument.Parse(SolutionsJson.Write(analysis.Result)).RootElement.Clone(), null);
        }
        catch (InvalidInstanceException ex)
        {
            return new(talks.Included, talks.NotShared, talks.Gaps, instance, null, ex.Message);
        }
    }
}
