using Parley.Application.Outcomes;
using Parley.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data.Humanitarian;
using Parley.Application.Tests.Infrastructure;
using Parley.Domain.Humanitarian;
using Parley.Ledger.Notes;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Review;

namespace Parley.Application.Tests.Humanitarian;

public sealed class ExchangeFlowTests
{
    private static readonly ReadContext Test = new("test", null);

    /// <summary>Both sides' lists filed, linked, the uncertain pair confirmed, and both parties' keys registered.</summary>
    private static async Task<(NoteSigner Ua, NoteSigner Ru)> PrepareAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var importer = sp.GetRequiredService<PersonImporter>();
        Assert.True((await importer.ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("UA", "ua-sought.csv", "RU"))).Stored);
        Assert.True((await importer.ImportAsync(Officers.Ru, Lists.RuHeld(), new ImportRequest("RU", "ru-held.csv"))).Stored);
        Assert.True((await importer.ImportAsync(Officers.Ru, Lists.RuSought(), new ImportRequest("RU", "ru-sought.csv", "UA"))).Stored);
        Assert.True((await importer.ImportAsync(Officers.Ua, Lists.UaHeld(), new ImportRequest("UA", "ua-held.csv"))).Stored);

        var run = await sp.GetRequiredService<LinkageRunner>().RunAsync(Officers.Host, "UA", "RU");
        Assert.Null(run.Refusal);
        Assert.Equal(5, run.Value.NewConfirmed + run.Value.NewReview);
        var queue = sp.GetRequiredService<ReviewQueue>();
        while ((await queue.PendingAsync(Officers.Host, 50, Test))!.Value.Items is { Count: > 0 } pending)
        {
            foreach (var item in pending)
                Assert.Equal(OutcomeStatus.Ok, (await queue.DecideAsync(Officers.Host, item.LinkId, item.Version, samePerson: true)).Status);
        }

        var ua = NoteSigner.Generate("ukraine.mod");
        var ru = NoteSigner.Generate("russia.mod");
        var keys = sp.GetRequiredService<PartyKeys>();
        Assert.True((await keys.RegisterAsync(Officers.Admin, "UA", ua.Verifier.ToString())).Succeeded);
        Assert.True((await keys.RegisterAsync(Officers.Admin, "RU", ru.Verifier.ToString())).Succeeded);
        return (ua, ru);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Exchange_signed_by_both_then_confirmed_by_both(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        var (ua, ru) = await PrepareAsync(database);
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var exchanges = sp.GetRequiredService<ExchangeService>();
        var confirmed = (await sp.GetRequiredService<ReviewQueue>().ConfirmedAsync(Officers.Host, Test))!;
        Assert.Equal(5, confirmed.Count);

        var created = await exchanges.CreateAsync(Officers.Host, "Istanbul swap", "UA", "RU",
            [new CategoryTerms(PersonCategory.Military, 1, 1), new CategoryTerms(PersonCategory.Civilian, 1, 0 + 1)]);
        var batchId = created.Value.BatchId;
        var military = confirmed.Where(c => c.Left.Category == PersonCategory.Military).Select(c => c.LinkId).ToList();
        Assert.Equal(OutcomeStatus.Ok, (await exchanges.AddAsync(Officers.Host, batchId, military)).Status);

        var view = (await exchanges.ViewAsync(Officers.Host, batchId, Test))!;
        Assert.Equal(4, view.Members.Count);
        Assert.True(view.Composition.CanBeAgreed, string.Join(" ", view.Composition.Problems.Select(p => p.Message)));
        Assert.Equal(BatchStatus.Draft, view.Status);

        // Before agreement RU's officers see only their own side's records of the batch.
        var ruBefore = (await exchanges.ViewAsync(Officers.Ru, batchId, Test))!;
        Assert.All(ruBefore.Members, m => Assert.True((m.Held ?? m.Other)?.ListedBy is null or "RU"));

        var statement = SignedStatement.Parse(view.ManifestStatement);
        Assert.Equal(OutcomeStatus.Ok, (await exchanges.SignManifestAsync(Officers.Ua, batchId, statement.Sign(ua).ToString())).Status);
        var twice = await exchanges.SignManifestAsync(Officers.Ua, batchId, statement.Sign(ua).ToString());
        Assert.Equal(OutcomeStatus.Conflict, twice.Status);
        Assert.Equal(OutcomeStatus.Conflict, (await exchanges.AddAsync(Officers.Host, batchId, military)).Status);
        Assert.Equal(OutcomeStatus.Ok, (await exchanges.SignManifestAsync(Officers.Ru, batchId, statement.Sign(ru).ToString())).Status);

        var agreed = (await exchanges.ViewAsync(Officers.Ru, batchId, Test))!;
        Assert.Equal(BatchStatus.Agreed, agreed.Status);
        Assert.All(agreed.Members, m => Assert.NotNull(m.Held));
        Assert.All(agreed.Members, m => Assert.NotNull(m.Other));

        var hash = agreed.Batch.ManifestHash!;
        var ruHeld = agreed.Members.Where(m => m.ReleasedBy == "RU").Select(m => m.Commitment).ToList();
        var uaHeld = agreed.Members.Where(m => m.ReleasedBy == "UA").Select(m => m.Commitment).ToList();
        var ruConfirms = ExchangeStatements.Confirmation(batchId.ToString(), hash, "RU", ruHeld, uaHeld).Sign(ru).ToString();
        // UA confirms receiving only one of the two it was due: the difference is kept and shown.
        var uaConfirms = ExchangeStatements.Confirmation(batchId.ToString(), hash, "UA", uaHeld, ruHeld.Take(1)).Sign(ua).ToString();
        Assert.Equal(OutcomeStatus.Ok, (await exchanges.ConfirmAsync(Officers.Ru, batchId, ruConfirms)).Status);
        Assert.Equal(OutcomeStatus.Ok, (await exchanges.ConfirmAsync(Officers.Ua, batchId, uaConfirms)).Status);

        var done = (await exchanges.ViewAsync(Officers.Host, batchId, Test))!;
        Assert.Equal(BatchStatus.ConfirmedByBoth, done.Status);
        Assert.Equal(3, done.Outcomes.Count(o => o.Outcome == PersonOutcome.Exchanged));
        Assert.Equal(PersonOutcome.NotReceived, Assert.Single(done.Outcomes, o => o.Outcome != PersonOutcome.Exchanged).Outcome);
        // The list names the difference too, from commitments and confirmations alone.
        var listed = await exchanges.ListAsync(Officers.Host);
        Assert.Equal(new ExchangeDifferences(0, 1, 0), (await exchanges.DifferencesAsync(listed))[batchId]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Signatures_by_unknown_revoked_or_wrong_kind_keys_are_refused(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        var (ua, _) = await PrepareAsync(database);
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var exchanges = sp.GetRequiredService<ExchangeService>();
        var confirmed = (await sp.GetRequiredService<ReviewQueue>().ConfirmedAsync(Officers.Host, Test))!;
        var batchId = (await exchanges.CreateAsync(Officers.Host, "b", "UA", "RU", [new CategoryTerms(PersonCategory.Military, 1, 1)])).Value.BatchId;
        await exchanges.AddAsync(Officers.Host, batchId, confirmed.Where(c => c.Left.Category == PersonCategory.Military).Select(c => c.LinkId).ToList());
        var view = (await exchanges.ViewAsync(Officers.Host, batchId, Test))!;
        var statement = SignedStatement.Parse(view.ManifestStatement);

        using var stranger = NoteSigner.Generate("stranger");
        Assert.Contains("not signed by a registered", (await exchanges.SignManifestAsync(Officers.Ua, batchId, statement.Sign(stranger).ToString())).Refusal!.Message, StringComparison.Ordinal);

        var wrongKind = ExchangeStatements.Confirmation(batchId.ToString(), statement["sha256"]!, "UA", [], []).Sign(ua).ToString();
        Assert.Contains("not an 'exchange-manifest'", (await exchanges.SignManifestAsync(Officers.Ua, batchId, wrongKind)).Refusal!.Message, StringComparison.Ordinal);

        var otherHash = new SignedStatement(ExchangeStatements.ManifestKind, [new("batch", batchId.ToString()), new("sha256", new string('0', 64))]);
        Assert.Equal(OutcomeStatus.Invalid, (await exchanges.SignManifestAsync(Officers.Ua, batchId, otherHash.Sign(ua).ToString())).Status);

        var keys = sp.GetRequiredService<PartyKeys>();
        var uaKey = (await keys.ListAsync()).Single(k => k.KeyName == ua.Name);
        Assert.True((await keys.RevokeAsync(Officers.Admin, uaKey.Id)).Succeeded);
        Assert.Equal(OutcomeStatus.Invalid, (await exchanges.SignManifestAsync(Officers.Ua, batchId, statement.Sign(ua).ToString())).Status);
        Assert.Equal(BatchStatus.Draft, (await exchanges.ViewAsync(Officers.Host, batchId, Test))!.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Check_before_saving_gives_the_stored_batchs_problems_and_stores_nothing(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await PrepareAsync(database);
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var exchanges = sp.GetRequiredService<ExchangeService>();
        var confirmed = (await sp.GetRequiredService<ReviewQueue>().ConfirmedAsync(Officers.Host, Test))!;
        var military = confirmed.Where(c => c.Left.Category == PersonCategory.Military).ToList();
        var ruOnly = military.Where(c => ExchangeService.HolderOf(c.Left, c.Right).HeldBy == "RU" && ((c.Left.Priorities | c.Right.Priorities) & PriorityGroups.SeriouslyWoundedOrSick) == 0).Select(c => c.LinkId).ToList();
        Assert.Single(ruOnly);
        CategoryTerms[] terms = [new(PersonCategory.Military, 1, 1)];

        var partial = (await exchanges.CheckAsync(Officers.Host, "UA", "RU", terms, ruOnly))!;
        Assert.Contains(partial.Problems, p => p.Kind == BatchProblemKind.CountsUnbalanced);
        Assert.Contains(partial.Problems, p => p.Kind == BatchProblemKind.WoundedLeftBehind);

        var all = (await exchanges.CheckAsync(Officers.Host, "UA", "RU", terms, military.Select(c => c.LinkId).ToList()))!;
        Assert.True(all.CanBeAgreed, string.Join(" ", all.Problems.Select(p => p.Message)));
        var batchId = (await exchanges.CreateAsync(Officers.Host, "b", "UA", "RU", terms)).Value.BatchId;
        await exchanges.AddAsync(Officers.Host, batchId, military.Select(c => c.LinkId).ToList());
        Assert.Equal(all.Counts, (await exchanges.ViewAsync(Officers.Host, batchId, Test))!.Composition.Counts);
        Assert.Contains((await exchanges.CheckAsync(Officers.Host, "UA", "RU", terms, military.Select(c => c.LinkId).ToList()))!.Problems, p => p.Kind == BatchProblemKind.InAnotherBatch);

        Assert.Null(await exchanges.CheckAsync(Officers.Ua, "UA", "RU", terms, ruOnly));
        Assert.Single(await sp.GetRequiredService<ParleyDbContext>().ExchangeBatches.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Review_decision_on_a_stale_version_is_a_conflict(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var importer = sp.GetRequiredService<PersonImporter>();
        await importer.ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("UA", "a.csv", "RU"));
        await importer.ImportAsync(Officers.Ru, Lists.RuHeld(), new ImportRequest("RU", "b.csv"));
        // An auto-accept threshold this high sends the pairs to the queue.
        await sp.GetRequiredService<LinkageRunner>().RunAsync(Officers.Host, "UA", "RU", matchThreshold: 0.99999999);
        var queue = sp.GetRequiredService<ReviewQueue>();
        var link = await sp.GetRequiredService<ParleyDbContext>().PersonLinks.AsNoTracking().Where(l => l.Status == LinkStatus.Review).OrderBy(l => l.Id).FirstAsync();
        var item = new { LinkId = link.Id, link.Version };

        Assert.Equal(OutcomeStatus.Ok, (await queue.DecideAsync(Officers.Host, item.LinkId, item.Version, samePerson: false)).Status);
        Assert.Equal(OutcomeStatus.Conflict, (await queue.DecideAsync(Officers.Host, item.LinkId, item.Version, samePerson: true)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await queue.DecideAsync(Officers.Ua, item.LinkId, item.Version + 1, true)).Status);
        var db = sp.GetRequiredService<ParleyDbContext>();
        Assert.Equal(LinkStatus.Rejected, (await db.PersonLinks.AsNoTracking().SingleAsync(l => l.Id == link.Id)).Status);
    }
}
