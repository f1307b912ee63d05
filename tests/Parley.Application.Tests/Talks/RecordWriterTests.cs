using Parley.Application.Outcomes;
using Parley.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data.Entities;
using Parley.Application.Tests.Infrastructure;
using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Application.Talks;

namespace Parley.Application.Tests.Talks;

public sealed class RecordWriterTests
{
    private static Round NewRound(int number = 4) => new()
    {
        Number = number,
        Venue = "Çırağan Palace",
        StartsOn = new DateOnly(2025, 8, 20),
        Delegations = [new DelegationSeat("Ukraine", null, []), new DelegationSeat("ru", null, [])],
        Outcomes = ["Exchange agreed"],
    };

    private static async Task<int> CountAsync<T>(TestDatabase database)
        where T : class
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().Set<T>().CountAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CreateAsync_stores_record_timeline_and_audit_in_one_go(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var audits = await CountAsync<AuditEntry>(database);
        Guid id;
        await using (var scope = database.Scope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<IRecordWriter>().CreateAsync(Actors.Mediator, NewRound());
            Assert.Equal(OutcomeStatus.Ok, result.Status);
            Assert.Equal(1, result.Value.Version);
            id = result.Value.Id;
        }
        await using var read = database.Scope();
        var db = read.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var stored = await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal(["UA", "RU"], stored.Delegations.Select(d => d.Party));
        Assert.Equal(DateTimeKind.Utc, stored.CreatedUtc.Kind);
        Assert.Equal("|UA|RU|", (await db.Timeline.SingleAsync(e => e.RecordId == id)).Parties);
        var audit = await db.Audit.SingleAsync(a => a.RecordId == id);
        Assert.Equal(("mediator@test", AuditAction.Create, 1), (audit.Actor, audit.Action, audit.Version));
        Assert.Equal(audits + 1, await CountAsync<AuditEntry>(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CreateAsync_invalid_round_stores_nothing(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (rounds, audits, timeline) = (await CountAsync<Round>(database), await CountAsync<AuditEntry>(database), await CountAsync<TimelineEntry>(database));
        var round = NewRound();
        round.EndsOn = new DateOnly(2025, 8, 19);
        round.Delegations = [new DelegationSeat("Narnia", null, [])];
        await using (var scope = database.Scope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<IRecordWriter>().CreateAsync(Actors.Mediator, round);
            Assert.Equal(OutcomeStatus.Invalid, result.Status);
            Assert.Contains("EndsOn", result.Refusal!.Errors.Keys);
            Assert.Contains("Delegations[0].Party", result.Refusal!.Errors.Keys);
        }
        Assert.Equal((rounds, audits, timeline), (await CountAsync<Round>(database), await CountAsync<AuditEntry>(database), await CountAsync<TimelineEntry>(database)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UpdateAsync_second_editor_on_the_same_version_gets_a_conflict(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        Guid id;
        await using (var scope = database.Scope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<IRecordWriter>().CreateAsync(Actors.Mediator, NewRound())).Value.Id;
        }
        var first = NewRound();
        first.Venue = "Dolmabahçe Palace";
        first.Version = 1;
        var second = NewRound();
        second.Venue = "Yıldız Palace";
        second.Version = 1;
        await using (var scope = database.Scope())
        {
            var ok = await scope.ServiceProvider.GetRequiredService<IRecordWriter>().UpdateAsync(Actors.Mediator, id, first);
            Assert.Equal((OutcomeStatus.Ok, 2), (ok.Status, ok.Value.Version));
        }
        await using (var scope = database.Scope())
        {
            var conflict = await scope.ServiceProvider.GetRequiredService<IRecordWriter>().UpdateAsync(Actors.Mediator, id, second);
            Assert.Equal((OutcomeStatus.Conflict, 2), (conflict.Status, conflict.Refusal!.CurrentVersion));
            Assert.Contains("version 2", conflict.Refusal!.Message, StringComparison.Ordinal);
        }
        await using var read = database.Scope();
        var stored = await read.ServiceProvider.GetRequiredService<ParleyDbContext>().Rounds.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal(("Dolmabahçe Palace", 2), (stored.Venue, stored.Version));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UpdateAsync_shortened_deadline_keeps_its_history(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var deadline = new Deadline
        {
            Title = "Ultimatum", IssuerParty = "United States", TargetParty = "Russia", Demand = "A deal", Consequence = "Tariffs",
            Revisions = [new DeadlineRevision(new DateOnly(2025, 7, 14), "in 50 days", Days: 50)],
        };
        await using (var scope = database.Scope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<IRecordWriter>().CreateAsync(Actors.Mediator, deadline);
            Assert.Equal(new DateOnly(2025, 9, 2), created.Value.DueOn);
        }
        var shortened = new Deadline
        {
            Title = "Ultimatum", IssuerParty = "US", TargetParty = "RU", Demand = "A deal", Consequence = "Tariffs", Version = 1,
            Revisions = [new DeadlineRevision(new DateOnly(2025, 7, 14), "in 50 days", Days: 50), new DeadlineRevision(new DateOnly(2025, 7, 29), "10 days from today", Days: 10)],
        };
        await using (var scope = database.Scope())
        {
            var updated = await scope.ServiceProvider.GetRequiredService<IRecordWriter>().UpdateAsync(Actors.Mediator, deadline.Id, shortened);
            Assert.Equal(OutcomeStatus.Ok, updated.Status);
        }
        var rewritten = new Deadline
        {
            Title = "Ultimatum", IssuerParty = "US", TargetParty = "RU", Demand = "A deal", Consequence = "Tariffs", Version = 2,
            Revisions = [new DeadlineRevision(new DateOnly(2025, 7, 29), "10 days from today", Days: 10)],
        };
        await using (var scope = database.Scope())
        {
            var refused = await scope.ServiceProvider.GetRequiredService<IRecordWriter>().UpdateAsync(Actors.Mediator, deadline.Id, rewritten);
            Assert.Equal(OutcomeStatus.Invalid, refused.Status);
        }
        await using var read = database.Scope();
        var db = read.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var stored = await db.Deadlines.AsNoTracking().SingleAsync(d => d.Id == deadline.Id);
        Assert.Equal([new DateOnly(2025, 9, 2), new DateOnly(2025, 8, 8)], stored.Revisions.Select(r => r.DueOn!.Value));
        Assert.Equal(3, await db.Timeline.CountAsync(e => e.RecordId == deadline.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UpdateAsync_illegal_summit_move_is_refused(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var writer = scope.ServiceProvider.GetRequiredService<IRecordWriter>();
        var summit = new SummitProposal { Title = "Leaders", Format = "Four-way", ProposerParty = "UA", ProposedOn = new DateOnly(2025, 7, 23) };
        await writer.CreateAsync(Actors.Mediator, summit);
        var held = new SummitProposal { Title = "Leaders", Format = "Four-way", ProposerParty = "UA", ProposedOn = new DateOnly(2025, 7, 23), Status = SummitStatus.Held, ScheduledFor = new DateOnly(2025, 8, 30), Version = 1 };
        var result = await writer.UpdateAsync(Actors.Mediator, summit.Id, held);
        Assert.Equal(OutcomeStatus.Invalid, result.Status);
        Assert.Contains("Status", result.Refusal!.Errors.Keys);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DeleteAsync_stale_version_conflicts_and_a_current_one_removes_timeline(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var writer = scope.ServiceProvider.GetRequiredService<IRecordWriter>();
        var round = (await writer.CreateAsync(Actors.Mediator, NewRound())).Value;
        Assert.Equal(OutcomeStatus.Conflict, (await writer.DeleteAsync<Round>(Actors.Mediator, round.Id, 7)).Status);
        Assert.Equal(OutcomeStatus.Ok, (await writer.DeleteAsync<Round>(Actors.Mediator, round.Id, 1)).Status);
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        Assert.False(await db.Timeline.AnyAsync(e => e.RecordId == round.Id));
        Assert.Equal([AuditAction.Create, AuditAction.Delete], await db.Audit.Where(a => a.RecordId == round.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Delegation_writes_its_own_draft_but_not_the_shared_record(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var writer = scope.ServiceProvider.GetRequiredService<IRecordWriter>();
        Position Draft(string owner, Visibility visibility = Visibility.PartyPrivate) => new()
        {
            Party = "UA", Issue = NegotiationIssue.Ceasefire, StatedOn = new DateOnly(2025, 7, 30), Stance = 2, Summary = "draft",
            Visibility = visibility, OwnerParty = visibility == Visibility.PartyPrivate ? owner : null,
        };
        Assert.Equal(OutcomeStatus.Ok, (await writer.CreateAsync(Actors.Ua, Draft("Ukraine"))).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await writer.CreateAsync(Actors.Ua, Draft("RU"))).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await writer.CreateAsync(Actors.Ua, Draft("UA", Visibility.Shared))).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await writer.CreateAsync(Actors.Ua, NewRound())).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await writer.CreateAsync(Actors.Mediator, Draft("UA"))).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await writer.CreateAsync(Actors.Observer, NewRound())).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UpdateAsync_other_partys_draft_is_not_found(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var writer = scope.ServiceProvider.GetRequiredService<IRecordWriter>();
        var draft = new Note { Title = "UA only", Body = "b", WrittenOn = new DateOnly(2025, 7, 30), Visibility = Visibility.PartyPrivate, OwnerParty = "UA" };
        await writer.CreateAsync(Actors.Ua, draft);
        var takeover = new Note { Title = "RU now", Body = "b", WrittenOn = new DateOnly(2025, 7, 30), Visibility = Visibility.PartyPrivate, OwnerParty = "RU", Version = 1 };
        Assert.Equal(OutcomeStatus.NotFound, (await writer.UpdateAsync(Actors.Ru, draft.Id, takeover)).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await writer.UpdateAsync(Actors.Mediator, draft.Id, takeover)).Status);
    }
}
