using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Parley.Domain.Talks;
using Parley.Server.Localization;

namespace Parley.Server.Components.Shared;

/// <summary>
/// A timeline title in the reader's words. The records write their timeline titles in English (the log's and the
/// API's language, <c>Timeline()</c> in each record of <c>Parley.Domain.Talks</c>), with enum names in some of them
/// ("CombinedAttack: Kyiv"); the page keeps the record's own words (place, title, venue) and says the frame around
/// them in the interface language. A title of a shape not listed here is shown as the record wrote it.
/// </summary>
internal static partial class TimelineTitles
{
    public static string Say(string kind, string title, IStringLocalizer<UiText> t)
    {
        switch (kind)
        {
            case "Incident" when IncidentTitle().Match(title) is { Success: true } m && Enum.TryParse<IncidentKind>(m.Groups[1].Value, out var type):
                return $"{t["IncidentKind." + type]}: {m.Groups[2].Value}";
            case "Round" when RoundTitle().Match(title) is { Success: true } m:
                return t["Timeline.Says.Round", m.Groups[1].Value, m.Groups[2].Value];
            case "Note" when title.StartsWith("Note: ", StringComparison.Ordinal):
                return t["Timeline.Says.Note", title["Note: ".Length..]];
            case "SummitProposal" when SummitTitle().Match(title) is { Success: true } m:
                return t["Timeline.Says.Summit" + Capital(m.Groups[1].Value), m.Groups[2].Value];
            case "Deadline" when DeadlineTitle().Match(title) is { Success: true } m:
                return t["Timeline.Says.Deadline" + Capital(m.Groups[1].Value), m.Groups[2].Value];
            case "DisputedFigure" when ClaimTitle().Match(title) is { Success: true } m
                && long.TryParse(NotDigit().Replace(m.Groups[2].Value, ""), NumberStyles.None, CultureInfo.InvariantCulture, out var value):
                return t["Timeline.Says.Claims", m.Groups[1].Value, value.ToString("N0", CultureInfo.CurrentCulture), m.Groups[3].Value, m.Groups[4].Value];
            default:
                return title;
        }
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"^([A-Za-z]+): (.*)$", RegexOptions.Singleline)]
    private static partial Regex IncidentTitle();

    [GeneratedRegex(@"^Round (\d+) at (.*)$", RegexOptions.Singleline)]
    private static partial Regex RoundTitle();

    [GeneratedRegex(@"^Summit (proposed|held|scheduled): (.*)$", RegexOptions.Singleline)]
    private static partial Regex SummitTitle();

    [GeneratedRegex(@"^Deadline (set|revised|due): (.*)$", RegexOptions.Singleline)]
    private static partial Regex DeadlineTitle();

    // DisputedFigure writes "{party} claims {value:N0} {unit}: {subject}"; N0's group separator is the writer's culture's.
    [GeneratedRegex(@"^([A-Z]{2,3}) claims (\d[\d\s.,\u00a0\u202f]*?) (.+?): (.*)$", RegexOptions.Singleline)]
    private static partial Regex ClaimTitle();

    [GeneratedRegex(@"\D")]
    private static partial Regex NotDigit();
}
