using Parley.Domain.Talks;

namespace Parley.Application.Talks.Seed;

internal static partial class DemoRecords
{
    private const string Both = "Both delegations";

    private static IEnumerable<Round> Rounds() =>
    [
        new()
        {
            Id = SeedId.Of("round/1"), Number = 1, Venue = "Dolmabahçe Palace", City = "Istanbul", HostParty = "TR",
            StartsOn = new DateOnly(2025, 5, 16), EndsOn = new DateOnly(2025, 5, 16),
            Delegations = [new("RU", Medinsky, []), new("UA", Umerov, [])],
            Format = MeetingFormat.InPerson,
            Agenda = [new("Prisoner exchanges") { Issue = NegotiationIssue.Prisoners }, new("Ceasefire") { Issue = NegotiationIssue.Ceasefire }],
            Outcomes = ["1,000-for-1,000 prisoner exchange agreed"],
            FollowUps = [new("Carry out the 1,000-for-1,000 exchange") { OwnerGroup = Both, Outcome = 0, Status = FollowUpStatus.Done }],
            Source = Meduza,
        },
        new()
        {
            Id = SeedId.Of("round/2"), Number = 2, Venue = "Çırağan Palace", City = "Istanbul", HostParty = "TR",
            StartsOn = new DateOnly(2025, 6, 2), EndsOn = new DateOnly(2025, 6, 2),
            Delegations = [new("RU", Medinsky, []), new("UA", Umerov, [])],
            Format = MeetingFormat.InPerson,
            Agenda =
            [
                "Memoranda on a settlement",
                new("Prisoner exchanges") { Issue = NegotiationIssue.Prisoners },
                "Return of bodies",
                new("Deported children") { Issue = NegotiationIssue.Children },
            ],
            Outcomes =
            [
                "Memoranda exchanged",
                "Swaps of seriously wounded and sick and of young (18–25) prisoners of war",
                "Return of bodies of the fallen",
                "Ukraine handed over a list of 339 deported children",
            ],
            FollowUps =
            [
                // Facts: an exchange agreed in earlier rounds was carried out on the day of round 3.
                new("Carry out the agreed swaps") { OwnerGroup = Both, Outcome = 1, Status = FollowUpStatus.Done },
                new("Answer on the list of 339 children") { OwnerParty = "RU", Outcome = 3 },
            ],
            Source = Meduza,
        },
        new()
        {
            Id = SeedId.Of("round/3"), Number = 3, Venue = "Çırağan Palace", City = "Istanbul", HostParty = "TR",
            StartsOn = new DateOnly(2025, 7, 23), EndsOn = new DateOnly(2025, 7, 23), Chair = Fidan, DurationMinutes = 40,
            Delegations =
            [
                new("RU", Medinsky, []),
                new("UA", Umerov, [Yermak, Kyslytsya, Skibitskyi]),
            ],
            Format = MeetingFormat.InPerson,
            Agenda =
            [
                new("Prisoner exchanges, military and civilian") { Issue = NegotiationIssue.Prisoners, FollowUps = [new(SeedId.Of("round/2"), 0)] },
                new("Humanitarian issues and the return of children") { Issue = NegotiationIssue.Children, FollowUps = [new(SeedId.Of("round/2"), 1)] },
                new("Ceasefire") { Issue = NegotiationIssue.Ceasefire },
                new("A leaders' meeting") { Issue = NegotiationIssue.LeadersMeeting },
            ],
            Outcomes =
            [
                "Agreed a 1,200-for-1,200 exchange of prisoners of war",
                "Russia proposed swapping about 30 civilians from the Kursk region held by Ukraine",
                "Russia proposed three online working groups (political, humanitarian, military)",
                "Russia proposed 24–48 hour ceasefires to recover the wounded and the dead",
                "Ukraine called for a full and unconditional ceasefire and proposed a leaders' meeting",
                "A prisoner exchange agreed in earlier rounds was carried out the same day",
            ],
            FollowUps =
            [
                new("Carry out the 1,200-for-1,200 exchange") { OwnerGroup = Both, Outcome = 0 },
                new("Answer Russia's proposal to swap about 30 civilians from the Kursk region") { OwnerParty = "UA", Outcome = 1 },
                new("Answer Russia's proposal of three online working groups") { OwnerParty = "UA", Outcome = 2 },
                new("Political working group (proposed by Russia): first online session") { OwnerGroup = "Political working group", Outcome = 2 },
                new("Humanitarian working group (proposed by Russia): first online session") { OwnerGroup = "Humanitarian working group", Outcome = 2 },
                new("Military working group (proposed by Russia): first online session") { OwnerGroup = "Military working group", Outcome = 2 },
                new("Answer Russia's proposal of 24–48 hour ceasefires to recover the wounded and the dead") { OwnerParty = "UA", Outcome = 3 },
                // Ukraine asked for the leaders' meeting before the end of August (facts: the summit proposal).
                new("Answer the proposal of a leaders' meeting") { OwnerParty = "RU", Outcome = 4, DueOn = new DateOnly(2025, 8, 31) },
            ],
            Source = Meduza + "; tovima.com; uz.kursiv.media 2025-07-24",
        },
    ];

    private static IEnumerable<SummitProposal> Summits() =>
    [
        new()
        {
            Id = SeedId.Of("summit/four-way"), Title = "Four-way leaders' meeting (Zelenskyy, Putin, Trump, Erdoğan)",
            ProposerParty = "UA", ProposedBy = Umerov, ProposedOn = new DateOnly(2025, 7, 23),
            Invitees = [Zelenskyy, Putin, Trump, Erdogan], InviteeParties = ["UA", "RU", "US", "TR"],
            Format = "Meeting of the four presidents", Window = new TargetWindow("by the end of August", null, new DateOnly(2025, 8, 31)),
            Preconditions = [new("UA", "Substantial progress toward an agreement before Putin and Zelenskyy can meet")],
            Responses =
            [
                new("RU", ResponseStance.AcceptsWithConditions, "A leaders' meeting only to finalise and sign an agreement, not to discuss it (Medinsky)", new DateOnly(2025, 7, 23), Meduza),
                new("US", ResponseStance.NoAnswer, "No answer recorded"),
                new("TR", ResponseStance.NoAnswer, "No answer recorded"),
            ],
            Status = SummitStatus.Proposed,
            Source = Article + "; " + Meduza,
        },
    ];

    private static IEnumerable<Deadline> Deadlines() =>
    [
        new()
        {
            Id = SeedId.Of("deadline/50-days"), Title = "Trump's ultimatum to Russia: a deal or tariffs",
            Issuer = Trump, IssuerParty = "US", TargetParty = "RU",
            Demand = "Agree to a ceasefire / some form of peace deal with Ukraine",
            Consequence = "\"Very severe\" tariffs: secondary tariffs of \"about 100%\" and further economic penalties",
            Revisions =
            [
                DeadlineRevision.FromRelative(RelativeDeadline.Create(new DateOnly(2025, 7, 14), 50), "in 50 days", Ultimatum),
                DeadlineRevision.FromRelative(RelativeDeadline.Create(new DateOnly(2025, 7, 28), 12), "about 10 or 12 days from today", Shortened),
                DeadlineRevision.FromRelative(RelativeDeadline.Create(new DateOnly(2025, 7, 29), 10), "10 days from today", Shortened),
            ],
            Status = DeadlineStatus.Open,
            Source = Ultimatum + "; " + Shortened,
        },
    ];
}
