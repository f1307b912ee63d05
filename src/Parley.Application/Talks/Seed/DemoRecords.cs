using Parley.Domain.Records;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
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
using Parley.Application.Talks;
using Parley.Application.Users;

namespace Parley.Application.Talks.Seed;

/// <summary>
/// The demo record. Facts come from the seed article and public reporting, each with its source beside it;
/// persons who are not public figures are synthetic and labelled; incidents whose details could not be
/// checked are marked illustrative.
/// </summary>
internal static partial class DemoRecords
{
    public const string Article = "Seed news report on the third round of Russia–Ukraine talks in Istanbul, July 2025 (shared/seed/article.txt)";
    public const string Meduza = "meduza.io/en/feature/2025/07/24/more-swaps-but-no-deal; anews.com.tr 2025-07-23; wionews.com 2025-07-24";
    public const string Ultimatum = "Press of 2025-07-14 (Oval Office remarks with Mark Rutte)";
    public const string Shortened = "timeslive.co.za 2025-07-30 (Reuters); internationaltradetoday.com";

    public static IReadOnlyList<TalkRecord> All() =>
        [.. Parties(), .. Persons(), .. Rounds(), .. Summits(), .. Deadlines(), .. Positions(), .. Statements(), .. Incidents(), .. Figures(), .. Notes()];
}
