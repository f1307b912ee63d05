using Parley.Data.Entities;
using Parley.Domain.Records;

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
