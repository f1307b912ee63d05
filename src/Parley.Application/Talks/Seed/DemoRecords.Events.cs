using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Application.Talks.Seed;

internal static partial class DemoRecords
{
    private const string Illustrative = "Illustrative entry summarising wide public reporting of July 2025; figures not verified by Parley";

    private static IEnumerable<Statement> Statements() =>
    [
        Said("statement/trump-50-days", Trump, "Donald Trump", "US", 2025, 7, 14,
            "We're going to be doing very severe tariffs if we don't have a deal in 50 days, tariffs at about 100%, you'd call them secondary tariffs.",
            Ultimatum, new EventCode(EventCodeScheme.Cameo, "1312")),
        Said("statement/trump-10-12-days", Trump, "Donald Trump", "US", 2025, 7, 28,
            "I'm going to make a new deadline of about 10 or 12 days from today.", Shortened, new EventCode(EventCodeScheme.Cameo, "1312")),
        Said("statement/peskov-opposed", Peskov, "Dmitry Peskov", "RU", 2025, 7, 23,
            "As reported: Moscow and Kyiv remain \"diametrically opposed\" in their positions to end the war.", Article, new EventCode(EventCodeScheme.Cameo, "012")),
        Said("statement/medinsky-civilians", Medinsky, "Vladimir Medinsky", "RU", 2025, 7, 23,
            "As reported: prisoner swaps with Ukraine would include military and, for the first time, civilian detainees.", Article, new EventCode(EventCodeScheme.Plover, "AGREE")),
        Said("statement/medinsky-summit", Medinsky, "Vladimir Medinsky", "RU", 2025, 7, 23,
            "As reported: a meeting of the leaders makes sense only to finalise and sign an agreement, not to discuss it.", Meduza, new EventCode(EventCodeScheme.Plover, "REJECT")),
        Said("statement/umerov-progress", Umerov, "Rustem Umerov", "UA", 2025, 7, 23,
            "As reported: substantial progress toward an agreement is needed before Putin and Zelenskyy can meet; Ukraine proposes a leaders' meeting by the end of August.", Article, new EventCode(EventCodeScheme.Cameo, "036")),
        Said("statement/zelenskyy-speed-up", Zelenskyy, "Volodymyr Zelenskyy", "UA", 2025, 7, 22,
            "As reported: Russia should speed up negotiations; priority to humanitarian issues, the return of prisoners and of the children abducted by Russian forces.", Article, new EventCode(EventCodeScheme.Plover, "REQUEST")),
    ];

    private static Statement Said(string key, Guid speaker, string name, string party, int year, int month, int day, string quotation, string source, EventCode code) => new()
    {
        Id = SeedId.Of(key), Speaker = speaker, SpeakerName = name, SpeakerParty = party, SaidOn = new DateOnly(year, month, day),
        Quotation = quotation, Source = source, EventCode = code,
    };

    private static IEnumerable<Incident> Incidents() =>
    [
        new()
        {
            Id = SeedId.Of("incident/2025-07-04-kyiv"), OccurredOn = new DateOnly(2025, 7, 4), Place = "Kyiv", Type = IncidentKind.CombinedAttack,
            ReportedBy = "Ukrainian Air Force", AffectedParty = "UA", IsIllustrative = true, Source = Illustrative,
            Summary = "Overnight drone and missile attack on Kyiv, among the largest of the war at the time (illustrative; casualty figures omitted).",
            CasualtyClaims = [new("UA", null, null, "Ukrainian officials, as widely reported; figures omitted here"), new("RU", null, null, "Russian Ministry of Defence: strikes on military targets, as widely reported")],
        },
        new()
        {
            Id = SeedId.Of("incident/2025-07-09-record"), OccurredOn = new DateOnly(2025, 7, 9), Place = "Lutsk and other regions of Ukraine", Type = IncidentKind.CombinedAttack,
            ReportedBy = "Ukrainian Air Force", AffectedParty = "UA", IsIllustrative = true, Source = Illustrative,
            Summary = "A record overnight drone attack with missiles across Ukraine (illustrative; counts omitted).",
            CasualtyClaims = [new("UA", null, null, "Ukrainian Air Force, as widely reported; figures omitted here")],
        },
        new()
        {
            Id = SeedId.Of("incident/2025-07-31-kyiv"), OccurredOn = new DateOnly(2025, 7, 31), Place = "Kyiv", Type = IncidentKind.CombinedAttack,
            ReportedBy = "Ukrainian officials", AffectedParty = "UA", IsIllustrative = true, Source = Illustrative,
            Summary = "Drone and missile attack on Kyiv hitting residential buildings (illustrative; casualty figures as claimed by each side are kept apart).",
            CasualtyClaims = [new("UA", null, null, "Ukrainian officials, as widely reported; figures omitted here"), new("RU", null, null, "Russian Ministry of Defence: strikes on military-industrial targets, as widely reported")],
        },
        new()
        {
            Id = SeedId.Of("incident/2025-07-drones-russia"), OccurredOn = new DateOnly(2025, 7, 20), Place = "Several regions of Russia, including the Moscow region", Type = IncidentKind.DroneAttack,
            ReportedBy = "Russian Ministry of Defence", AffectedParty = "RU", IsIllustrative = true, Source = Illustrative,
            Summary = "Russia's defence ministry reported shooting down Ukrainian drones over several regions (illustrative; counts omitted).",
            CasualtyClaims = [new("RU", null, null, "Russian Ministry of Defence, as widely reported; figures omitted here")],
        },
    ];

    private static IEnumerable<DisputedFigure> Figures() =>
    [
        new()
        {
            Id = SeedId.Of("figure/children-deported"), Subject = "Ukrainian children deported or taken to Russia", Unit = "children",
            Description = "Each side's figure is its own claim; they count different things and are never merged.",
            Claims =
            [
                new("UA", 19_546, new DateOnly(2025, 7, 23), "Ukraine's official count (figure used since 2023)", "Government of Ukraine"),
                new("RU", 700_000, new DateOnly(2025, 7, 24), "babel.ua; rubryka.com citing Maria Lvova-Belova", "Russian officials",
                    "\"700,000+\" children \"taken\" to Russia, framed as evacuation; the date is of the report, the statement is older"),
            ],
            Source = "Public reporting of July 2025, summarised for the demo",
        },
        new()
        {
            Id = SeedId.Of("figure/children-returned"), Subject = "Children returned to Ukraine (Bring Kids Back UA)", Unit = "children",
            Claims =
            [
                new("UA", 1_378, new DateOnly(2025, 7, 2), "unn.ua", "Ombudsman Dmytro Lubinets"),
                new("UA", 1_458, new DateOnly(2025, 7, 25), "interfax.com.ua", "Office of the President of Ukraine"),
            ],
            Source = "Public reporting of July 2025, summarised for the demo",
        },
    ];

    private static IEnumerable<Note> Notes() =>
    [
        new()
        {
            Id = SeedId.Of("note/ua-draft"), Title = "Draft: children list follow-up (synthetic)", WrittenOn = new DateOnly(2025, 7, 24),
            Body = "Synthetic demo draft of the Ukrainian delegation: ask for an answer on the list of 339 children handed over in round 2.",
            Visibility = Visibility.PartyPrivate, OwnerParty = "UA", Source = "Synthetic demo draft",
        },
        new()
        {
            Id = SeedId.Of("note/ru-draft"), Title = "Draft: working groups agenda (synthetic)", WrittenOn = new DateOnly(2025, 7, 24),
            Body = "Synthetic demo draft of the Russian delegation: agenda for the proposed political, humanitarian and military working groups.",
            Visibility = Visibility.PartyPrivate, OwnerParty = "RU", Source = "Synthetic demo draft",
        },
        new()
        {
            Id = SeedId.Of("note/shared-logistics"), Title = "Exchange logistics for the 1,200-for-1,200 swap (synthetic)", WrittenOn = new DateOnly(2025, 7, 24),
            Body = "Synthetic demo note shared with both delegations: lists to be exchanged through the mediators before the swap.",
            Visibility = Visibility.Shared, Source = "Synthetic demo note",
        },
        new()
        {
            Id = SeedId.Of("note/mediators"), Title = "Mediators' read-out of round 3 (synthetic)", WrittenOn = new DateOnly(2025, 7, 23),
            Body = "Synthetic demo note for mediators only: humanitarian track moving, political track stalled; positions diametrically opposed on the core issues.",
            Visibility = Visibility.MediatorOnly, Source = "Synthetic demo note",
        },
    ];
}
