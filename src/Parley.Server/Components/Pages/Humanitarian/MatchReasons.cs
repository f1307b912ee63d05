using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Parley.Server.Localization;

namespace Parley.Server.Components.Pages.Humanitarian;

/// <summary>
/// The linkage engine's reason for a pair (<c>family=transliteration given=0.93 dob=missing</c>, English and stable, as
/// the CSV export and the log keep it) said in the reader's words: "Surname: transliteration · Given name: 93 % alike".
/// </summary>
internal static partial class MatchReasons
{
    /// <summary>One reason per comparison, in the engine's order; an unknown term is kept as the engine wrote it.</summary>
    public static IReadOnlyList<string> Describe(string explanation, IStringLocalizer<HumText> text)
    {
        var reasons = new List<string>();
        foreach (Match m in Term().Matches(explanation))
        {
            var field = m.Groups["field"].Value;
            var value = m.Groups["value"].Value.Trim();
            var label = text["Match.Field." + field];
            var said = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var similarity)
                ? text["Match.Similar", similarity.ToString("P0", CultureInfo.CurrentCulture)]
                : text["Match.Value." + Key().Replace(value, "-")];
            reasons.Add($"{(label.ResourceNotFound ? field : label.Value)}: {(said.ResourceNotFound ? value : said.Value)}");
        }
        return reasons;
    }

    // A term runs to the next " name=" or the end: values may hold spaces ("day/month swapped", "UA/RU form").
    [GeneratedRegex(@"(?<field>[a-z]+)=(?<value>.*?)(?=\s+[a-z]+=|$)")]
    private static partial Regex Term();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex Key();
}
