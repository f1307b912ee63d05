using Parley.Application.Outcomes;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Tests.Infrastructure;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Application.Talks;

namespace Parley.Application.Tests.Talks;

public sealed class TalksReaderTests
{
    private static async Task<IReadOnlyList<Note>> NotesAsync(TestDatabase database, Viewer viewer)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ITalksReader>().ListAsync<Note>(viewer);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ListAsync_each_viewer_sees_only_their_notes(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        static string[] Titles(IReadOnlyList<Note> notes) => [.. notes.Select(n => n.Visibility + ":" + n.OwnerParty).Order()];
        Assert.Empty(await NotesAsync(database, Viewer.Anonymous));
        Assert.Empty(await NotesAsync(database, Actors.Observer));
        Assert.Equal(["PartyPrivate:UA", "Shared:"], Titles(await NotesAsync(database, Actors.Ua)));
        Assert.Equal(["PartyPrivate:RU", "Shared:"], Titles(await NotesAsync(database, Actors.Ru)));
        Assert.Equal(["MediatorOnly:", "Shared:"], Titles(await NotesAsync(database, Actors.Mediator)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetAsync_other_partys_draft_is_null(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var uaDraft = (await NotesAsync(database, Actors.Ua)).Single(n => n.Visibility == Visibility.PartyPrivate);
        await using var scope = database.Scope();
        var reader = scope.ServiceProvider.GetRequiredService<ITalksReader>();
        Assert.NotNull(await reader.GetAsync<Note>(Actors.Ua, uaDraft.Id));
        Assert.Null(await reader.GetAsync<Note>(Actors.Ru, uaDraft.Id));
        Assert.Null(await reader.GetAsync<Note>(Actors.Mediator, uaDraft.Id));
        Assert.Null(await reader.GetAsync<Note>(Viewer.Anonymous, uaDraft.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TimelineAsync_filters_by_party_kind_date_and_visibility(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var reader = scope.ServiceProvider.GetRequiredService<ITalksReader>();
        var rounds = await reader.TimelineAsync(Viewer.Anonymous, new TimelineQuery(Party: "ukraine", Kind: RecordKind.Round));
        Assert.Equal([3, 2, 1], rounds.Items.Select(i => int.Parse(i.Title.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)));
        var july = await reader.TimelineAsync(Viewer.Anonymous, new TimelineQuery(From: new DateOnly(2025, 7, 23), To: new DateOnly(2025, 7, 23)));
        Assert.All(july.Items, i => Assert.Equal(new DateOnly(2025, 7, 23), i.On));
        Assert.Contains(july.Items, i => i.Kind == RecordKind.Round);
        var publicAll = await reader.TimelineAsync(Viewer.Anonymous, new TimelineQuery(PageSize: 200));
        Assert.All(publicAll.Items, i => Assert.Equal(Visibility.Public, i.Visibility));
        var uaAll = await reader.TimelineAsync(Actors.Ua, new TimelineQuery(PageSize: 200));
        Assert.Contains(uaAll.Items, i => i.OwnerParty == "UA");
        Assert.DoesNotContain(uaAll.Items, i => i.OwnerParty == "RU" || i.Visibility == Visibility.MediatorOnly);
        Assert.True(uaAll.Total > publicAll.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TimelineAsync_pages_newest_first_and_sees_a_write_at_once(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var reader = scope.ServiceProvider.GetRequiredService<ITalksReader>();
        var first = await reader.TimelineAsync(Viewer.Anonymous, new TimelineQuery(PageSize: 5));
        var second = await reader.TimelineAsync(Viewer.Anonymous, new TimelineQuery(Page: 2, PageSize: 5));
        Assert.Equal(5, first.Items.Count);
        Assert.True(first.Items[^1].On >= second.Items[0].On);
        Assert.Empty(first.Items.Select(i => i.RecordId + i.Title).Intersect(second.Items.Select(i => i.RecordId + i.Title)));
        var statement = new Statement { SpeakerName = "Observer mission", SaidOn = new DateOnly(2026, 1, 1), Quotation = "Talks resume.", Source = "test" };
        await scope.ServiceProvider.GetRequiredService<IRecordWriter>().CreateAsync(Actors.Mediator, statement);
        var after = await reader.TimelineAsync(Viewer.Anonymous, new TimelineQuery(PageSize: 5));
        Assert.Equal(statement.Id, after.Items[0].RecordId);
        Assert.Equal(first.Total + 1, after.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DashboardAsync_demo_shows_expired_ultimatum_latest_round_and_open_summit(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var dashboard = await scope.ServiceProvider.GetRequiredService<ITalksReader>().DashboardAsync(Viewer.Anonymous, new DateOnly(2025, 8, 1));
        var ultimatum = Assert.Single(dashboard.Deadlines);
        Assert.Equal((new DateOnly(2025, 8, 8), 7, false), (ultimatum.State.DueOn, ultimatum.State.DaysLeft, ultimatum.State.Expired));
        Assert.Equal(3, dashboard.LastMeeting!.Number);
        Assert.Null(dashboard.NextMeeting);
        Assert.Equal(SummitStatus.Proposed, Assert.Single(dashboard.OpenSummits).Status);
        Assert.Equal(new DateOnly(2025, 7, 31), dashboard.LatestIncidents[0].OccurredOn);
        Assert.Equal(5, dashboard.LatestStatements.Count);
        Assert.Equal(dashboard.LatestIncidents.Count, dashboard.IncidentsPerWeek.Sum(w => w.Count));
        var later = await scope.ServiceProvider.GetRequiredService<ITalksReader>().DashboardAsync(Viewer.Anonymous, new DateOnly(2025, 9, 1));
        Assert.True(Assert.Single(later.Deadlines).State.Expired);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PositionMatrixAsync_demo_is_diametrically_opposed_on_nato_and_drafts_stay_private(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var reader = scope.ServiceProvider.GetRequiredService<ITalksReader>();
        var asOf = new DateOnly(2025, 7, 31);
        var observer = await reader.PositionMatrixAsync(Viewer.Anonymous, asOf);
        Assert.Equal(["RU", "UA"], observer.Parties);
        Assert.Equal(Divergence.DiametricallyOpposed, observer.Divergences[NegotiationIssue.NatoMembership]);
        Assert.Null(observer.Cell("UA", NegotiationIssue.Sanctions));
        var ua = await reader.PositionMatrixAsync(Actors.Ua, asOf);
        Assert.Equal(Visibility.PartyPrivate, ua.Cell("UA", NegotiationIssue.Sanctions)!.Visibility);
        Assert.Equal(Divergence.DiametricallyOpposed, ua.Divergences[NegotiationIssue.Sanctions]);
        Assert.Equal(Visibility.Public, ua.Cell("RU", NegotiationIssue.Prisoners)!.Visibility);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DashboardAsync_future_round_is_the_next_meeting_and_the_last_keeps_its_outcomes(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var today = new DateOnly(2025, 12, 1);
        await using (var scope = database.Scope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<IRecordWriter>().CreateAsync(Actors.Mediator, new Round
            {
                Number = 4, Venue = "Çırağan Palace", City = "Istanbul", StartsOn = new DateOnly(2025, 12, 16), Format = MeetingFormat.InPerson,
                Delegations = [new DelegationSeat("UA", null, []), new DelegationSeat("RU", null, [])],
                Agenda = [new AgendaItem("Working groups") { Issue = NegotiationIssue.Prisoners, FollowUps = [new FollowUpRef(SeedIdOfRound3, 2)] }],
                FollowUps = [new FollowUp("Exchange lists of civilians") { OwnerGroup = "Humanitarian working group", DueOn = new DateOnly(2025, 12, 20) }],
            });
            Assert.Equal(OutcomeStatus.Ok, result.Status);
        }
        await using var read = database.Scope();
        var dashboard = await read.ServiceProvider.GetRequiredService<ITalksReader>().DashboardAsync(Viewer.Anonymous, today);
        Assert.Equal(4, dashboard.NextMeeting!.Number);
        Assert.Equal(NegotiationIssue.Prisoners, Assert.Single(dashboard.NextMeeting.Agenda).Issue);
        Assert.Equal(3, dashboard.LastMeeting!.Number);
        Assert.NotEmpty(dashboard.LastMeeting.Outcomes);
        // The leaders'-meeting answer was due on 31 August: overdue, listed first.
        Assert.Equal((FollowUpPhase.Overdue, "RU"), (dashboard.OpenFollowUps[0].State.Phase, dashboard.OpenFollowUps[0].FollowUp.OwnerParty));
        Assert.Contains(dashboard.OpenFollowUps, f => f.RoundNumber == 4 && f.State.Phase == FollowUpPhase.Open);
        Assert.Contains(dashboard.OpenFollowUps, f => f.FollowUp.OwnerGroup == "Humanitarian working group" && f.RoundNumber == 3);
        Assert.DoesNotContain(dashboard.OpenFollowUps, f => f.State.Phase == FollowUpPhase.Done);
    }

    private static readonly Guid SeedIdOfRound3 = Parley.Application.Talks.Seed.SeedId.Of("round/3");
}
