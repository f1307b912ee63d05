using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Application.Talks.Seed;

internal static partial class DemoRecords
{
    private const string Memorandum = "Russian memorandum of 2025-06-02 and statements, as reported (" + Meduza + ")";
    private const string UkraineLine = "Ukrainian delegation at round 3, as reported (" + Meduza + ")";

    private static IEnumerable<Position> Positions() =>
    [
        Stated("RU", NegotiationIssue.NatoMembership, 2025, 6, 2, -2, "Ukraine to renounce NATO membership", Memorandum),
        Stated("RU", NegotiationIssue.ArmedForces, 2025, 6, 2, -2, "Limits on Ukraine's armed forces", Memorandum),
        Stated("RU", NegotiationIssue.Territory, 2025, 6, 2, -2, "Recognition of Crimea and four regions as Russian; Ukrainian withdrawal from them", Memorandum),
        Stated("RU", NegotiationIssue.Sanctions, 2025, 6, 2, -2, "Lifting of sanctions", Memorandum),
        Stated("RU", NegotiationIssue.Ceasefire, 2025, 7, 23, -1, "Short ceasefires of 24–48 hours to recover the wounded and dead; no general ceasefire before a settlement", Meduza),
        Stated("RU", NegotiationIssue.Prisoners, 2025, 7, 23, -1, "Exchanges on agreed numbers (1,200-for-1,200), including about 30 civilians from the Kursk region", Meduza),
        Stated("RU", NegotiationIssue.LeadersMeeting, 2025, 7, 23, -2, "A leaders' meeting only to finalise and sign an agreement", Meduza),
        Stated("RU", NegotiationIssue.Children, 2025, 7, 24, -2, "Removals framed as evacuation", "babel.ua; rubryka.com citing Maria Lvova-Belova"),
        Stated("UA", NegotiationIssue.Ceasefire, 2025, 7, 23, 2, "Full and unconditional ceasefire first", UkraineLine),
        Stated("UA", NegotiationIssue.Prisoners, 2025, 7, 23, 2, "All-for-all exchange of prisoners", UkraineLine),
        Stated("UA", NegotiationIssue.Children, 2025, 7, 23, 2, "Return of all deported children", UkraineLine),
        Stated("UA", NegotiationIssue.LeadersMeeting, 2025, 7, 23, 2, "A leaders' meeting (Zelenskyy, Putin, Trump, Erdoğan) by the end of August", UkraineLine),
        Stated("UA", NegotiationIssue.NatoMembership, 2025, 7, 23, 2, "Rejects renouncing NATO membership as a Russian demand", "Ukrainian officials' public statements, summarised for the demo"),
        Stated("UA", NegotiationIssue.Territory, 2025, 7, 23, 2, "Does not recognise occupied territory as Russian", "Ukrainian officials' public statements, summarised for the demo"),
        new()
        {
            Id = SeedId.Of("position/draft-ua-sanctions"), Party = "UA", Issue = NegotiationIssue.Sanctions, StatedOn = new DateOnly(2025, 7, 25), Stance = 2,
            Summary = "DRAFT (synthetic demo text): keep sanctions until a full settlement is signed",
            Visibility = Visibility.PartyPrivate, OwnerParty = "UA", Source = "Synthetic demo draft",
        },
        new()
        {
            Id = SeedId.Of("position/draft-ru-prisoners"), Party = "RU", Issue = NegotiationIssue.Prisoners, StatedOn = new DateOnly(2025, 7, 25), Stance = -1,
            Summary = "DRAFT (synthetic demo text): propose the next exchange after the 1,200-for-1,200 swap is complete",
            Visibility = Visibility.PartyPrivate, OwnerParty = "RU", Source = "Synthetic demo draft",
        },
    ];

    private static Position Stated(string party, NegotiationIssue issue, int year, int month, int day, int stance, string summary, string source) => new()
    {
        Id = SeedId.Of($"position/{party}/{issue}/{year}-{month}-{day}"),
        Party = party, Issue = issue, StatedOn = new DateOnly(year, month, day), Stance = stance, Summary = summary, Source = source,
    };
}
