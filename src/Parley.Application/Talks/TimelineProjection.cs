using Parley.Data.Entities;
using Parley.Domain.Records;
using Parley.Application;
using Parley.Application.Analysis;
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
using Parley.Application.Talks.Seed;
using Parley.Application.Users;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;

namespace Parley.Application.Talks;

internal static class TimelineProjection
{
    public static IEnumerable<TimelineEntry> For(TalkRecord record) => record.Timeline().Select(point => new TimelineEntry
    {
        RecordId = record.Id,
        Kind = record.Kind,
        On = point.On,
        Title = Clip(point.Title, 300),
        Summary = Clip(point.Summary, 600),
        Parties = "|" + string.Concat(point.Parties.Where(p => !string.IsNullOrEmpty(p)).Distinct().Select(p => p + "|")),
        Visibility = record.Visibility,
        OwnerParty = record.OwnerParty,
    });

    public static IReadOnlyList<string> SplitParties(string parties) =>
        parties.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
