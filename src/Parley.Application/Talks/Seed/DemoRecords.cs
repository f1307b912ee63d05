using Parley.Domain.Records;

namespace Parley.Application.Talks.Seed;

/// <summary>
/// The demo record. Facts come from the seed article and public reporting, each with its source beside it;
/// persons who are not public figures are synthetic and labelled; incidents whose details could not be
/// checked are marked illustrative.
/// </summary>
internal static partial class DemoRecords
{
    public const string Article = "News report on the third round of Russia–Ukraine talks in Istanbul, July 2025 (the demo's source article)";
    public const string Meduza = "meduza.io/en/feature/2025/07/24/more-swaps-but-no-deal; anews.com.tr 2025-07-23; wionews.com 2025-07-24";
    public const string Ultimatum = "Press of 2025-07-14 (Oval Office remarks with Mark Rutte)";
    public const string Shortened = "timeslive.co.za 2025-07-30 (Reuters); internationaltradetoday.com";

    public static IReadOnlyList<TalkRecord> All() =>
        [.. Parties(), .. Persons(), .. Rounds(), .. Summits(), .. Deadlines(), .. Positions(), .. Statements(), .. Incidents(), .. Figures(), .. Notes()];
}
