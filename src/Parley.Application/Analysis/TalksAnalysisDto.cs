using System.Text.Json;
using Parley.Analysis;
using Parley.Analysis.Formats;
using Parley.Analysis.Model;

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
