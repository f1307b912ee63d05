using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Outcomes;
using Parley.Application.Tests.Infrastructure;
using Parley.Data;
using Parley.Data.Humanitarian;
using Parley.Domain.Humanitarian;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;
using Parley.Linkage;
using System.Text;

namespace Parley.Application.Tests.Humanitarian;

/// <summary>Issue 15: every decision on a pair can be spot-checked and revised with a reason, never while the pair is in a batch.</summary>
public sealed class LinkRevisionTests
{
    private static readonly ReadContext Test = new("test", null);

    private static async Task<IServiceScope> LinkedAsync(TestDatabase database, double? threshold = null)
    {
        await database.DesignateHostAsync();
        var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var importer = sp.GetRequiredService<PersonImporter>();
        Assert.True((await importer.ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("UA", "ua-sought.csv", "RU"))).Stored);
        Assert.True((await importer.ImportAsync(Officers.Ru, Lists.RuHeld(), new ImportRequest("RU", "ru-held.csv"))).Stored);
        Assert.True((await importer.ImportAsync(Officers.Ru, Lists.RuSought(), new ImportRequest("RU", "ru-sought.csv", "UA"))).Stored);
        // Without a date of birth or patronymic on UA's side: the evidence the spot check filters on.
        Assert.True((await importer.ImportAsync(Officers.Ua, Lists.Csv("U-901,Смирнов,Дмитро,,,M,military,,", "U-902,Kuznetsov,Pavel,Andreevich,1993-09-09,M,military,,"),
            new ImportRequest("UA", "ua-held.csv"))).Stored);
        var run = await sp.GetRequiredService<LinkageRunner>().RunAsync(Officers.Host, "UA", "RU", threshold);
        Assert.Null(run.Refusal);
        return scope;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Engine_matches_keep_their_run_threshold_gaps_waterfall_and_history(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        using var scope = await LinkedAsync(database);
        var queue = scope.ServiceProvider.GetRequiredService<ReviewQueue>();

        var page = (await queue.SpotChecksAsync(Officers.Host, new SpotCheckQuery(Decider: SpotCheckDecider.Engine), Test))!;
        Assert.NotEmpty(page.Items);
        Assert.Equal(0.8, page.LatestRun!.MatchThreshold);
        Assert.Equal(page.Items.Count, page.LatestRun.Confirmed);
        Assert.Equal(page.Items.OrderBy(i => i.Score).Select(i => i.LinkId), page.Items.Select(i => i.LinkId));
        foreach (var item in page.Items)
        {
            Assert.True(item.ByEngine);
            Assert.True(item.Score >= item.MatchThreshold);
            var decision = Assert.Single(item.History);
            Assert.Equal((LinkStatus?)null, decision.From);
            Assert.Equal(LinkageRunner.Engine, decision.By);
            Assert.Equal("prior", item.Waterfall[0].Name);
            Assert.Equal(item.Score, item.Waterfall[^1].Probability, 6);
        }

        // The pair without a date of birth on one side is found by that gap, and only pairs lacking it are.
        var all = (await queue.SpotChecksAsync(Officers.Host, new SpotCheckQuery(Status: null), Test))!;
        var smirnov = Assert.Single(all.Items, i => i.Left.SourceId == "U-901" || i.Right.SourceId == "U-901");
        Assert.Contains("no-date-of-birth", smirnov.Lacks);
        Assert.Contains("no-patronymic", smirnov.Lacks);
        var noDob = (await queue.SpotChecksAsync(Officers.Host, new SpotCheckQuery(Status: null, Lacks: (int)EvidenceGaps.NoDateOfBirth), Test))!;
        Assert.Contains(noDob.Items, i => i.LinkId == smirnov.LinkId);
        Assert.All(noDob.Items, i => Assert.Contains("no-date-of-birth", i.Lacks));
        Assert.True(noDob.Total < all.Total);

        // A random draw names its seed, and the same seed draws the same pairs.
        var drawn = (await queue.SpotChecksAsync(Officers.Host, new SpotCheckQuery(Status: null, Random: 3), Test))!;
        Assert.Equal(3, drawn.Items.Count);
        var again = (await queue.SpotChecksAsync(Officers.Host, new SpotCheckQuery(Status: null, Random: 3, Seed: drawn.Seed), Test))!;
        Assert.Equal(drawn.Items.Select(i => i.LinkId), again.Items.Select(i => i.LinkId));

        // Personal data for host officers only, and every record shown is an audit row.
        Assert.Null(await queue.SpotChecksAsync(Officers.Ua, new SpotCheckQuery(), Test));
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        Assert.True(await db.PersonalDataReads.CountAsync(r => r.RecordId == smirnov.Left.Id) >= 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Auto_accept_threshold_is_set_per_run_and_checked(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        using var scope = await LinkedAsync(database, threshold: 0.999999);
        var sp = scope.ServiceProvider;
        var run = await sp.GetRequiredService<ParleyDbContext>().LinkageRuns.SingleAsync();
        Assert.Equal(0.999999, run.MatchThreshold);
        var links = await sp.GetRequiredService<ParleyDbContext>().PersonLinks.AsNoTracking().ToListAsync();
        Assert.All(links, l => Assert.Equal(l.Score >= 0.999999, l.Status == LinkStatus.Confirmed));
        Assert.Contains(links, l => l.Status == LinkStatus.Review);
        var refused = await sp.GetRequiredService<LinkageRunner>().RunAsync(Officers.Host, "UA", "RU", 0.2);
        Assert.Equal(OutcomeStatus.Invalid, refused.Status);
        Assert.Contains("matchThreshold", refused.Refusal!.Errors.Keys);
        Assert.Equal(OutcomeStatus.Invalid, (await sp.GetRequiredService<LinkageRunner>().RunAsync(Officers.Host, "UA", "RU", 1)).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revising_a_match_keeps_who_when_why_and_needs_a_reason(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        using var scope = await LinkedAsync(database);
        var queue = scope.ServiceProvider.GetRequiredService<ReviewQueue>();
        var pair = (await queue.SpotChecksAsync(Officers.Host, new SpotCheckQuery(Decider: SpotCheckDecider.Engine), Test))!.Items[0];

        Assert.Equal("reason", Assert.Single((await queue.ReviseAsync(Officers.Host, pair.LinkId, pair.Version, LinkStatus.Rejected, "  ")).Refusal!.Errors.Keys));
        Assert.Equal(OutcomeStatus.Forbidden, (await queue.ReviseAsync(Officers.Ua, pair.LinkId, pair.Version, LinkStatus.Rejected, "why")).Status);
        Assert.Equal(ReviewQueue.AlreadyDecided, (await queue.DecideAsync(Officers.Host, pair.LinkId, pair.Version, samePerson: false)).Refusal!.Code);

        var undone = await queue.ReviseAsync(Officers.Host, pair.LinkId, pair.Version, LinkStatus.Rejected, "different fathers' names on the capture card");
        Assert.Equal(OutcomeStatus.Ok, undone.Status);
        Assert.Equal(OutcomeStatus.Conflict, (await queue.ReviseAsync(Officers.Host, pair.LinkId, pair.Version, LinkStatus.Confirmed, "stale")).Status);
        Assert.Equal(OutcomeStatus.Ok, (await queue.ReviseAsync(Officers.Host, pair.LinkId, undone.Value.Version, LinkStatus.Review, "ask the ICRC delegate")).Status);

        var now = (await queue.PairAsync(Officers.Host, pair.LinkId, Test))!;
        Assert.Equal(LinkStatus.Review, now.Status);
        Assert.Equal([LinkStatus.Confirmed, LinkStatus.Rejected, LinkStatus.Review], now.History.Select(h => h.To));
        Assert.Equal(LinkageRunner.Engine, now.History[0].By);
        Assert.Equal(Officers.Host.Name, now.History[1].By);
        Assert.Equal("different fathers' names on the capture card", now.History[1].Reason);
        Assert.Contains((await queue.PendingAsync(Officers.Host, 50, Test))!.Value.Items, i => i.LinkId == pair.LinkId);

        // Staff identity and the reason reach the public log only inside a commitment.
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        await db.Database.OpenConnectionAsync();
        var store = new DbLogStore(db.Database.GetDbConnection());
        var log = (await store.ReadEntriesAsync(0, (int)await store.GetSizeAsync())).Select(e => Encoding.UTF8.GetString(e.Data)).ToList();
        Assert.Contains(log, e => e.Contains("person-link.revise", StringComparison.Ordinal));
        Assert.DoesNotContain(log, e => e.Contains("ICRC", StringComparison.Ordinal) || e.Contains(Officers.Host.Name!, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_match_in_a_batch_cannot_be_undone_until_it_leaves_the_batch(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        using var scope = await LinkedAsync(database);
        var sp = scope.ServiceProvider;
        var queue = sp.GetRequiredService<ReviewQueue>();
        var exchanges = sp.GetRequiredService<ExchangeService>();
        var confirmed = (await queue.ConfirmedAsync(Officers.Host, Test))!;
        var matched = confirmed.Where(c => c.Left.Category == PersonCategory.Military).ToList();
        var batchId = (await exchanges.CreateAsync(Officers.Host, "first", "UA", "RU", [new CategoryTerms(PersonCategory.Military, 1, 1)])).Value.BatchId;
        var pair = matched[0];
        Assert.Equal(OutcomeStatus.Ok, (await exchanges.AddAsync(Officers.Host, batchId, matched.Select(m => m.LinkId).ToList())).Status);

        var inDraft = await queue.ReviseAsync(Officers.Host, pair.LinkId, pair.Version, LinkStatus.Rejected, "wrong person");
        Assert.Equal(ReviewQueue.InDraftBatch, inDraft.Refusal!.Code);
        Assert.Contains("\"first\"", inDraft.Refusal.Message, StringComparison.Ordinal);

        using var ua = NoteSigner.Generate("ukraine.mod");
        Assert.True((await sp.GetRequiredService<PartyKeys>().RegisterAsync(Officers.Admin, "UA", ua.Verifier.ToString())).Succeeded);
        var statement = SignedStatement.Parse((await exchanges.ViewAsync(Officers.Host, batchId, Test))!.ManifestStatement);
        Assert.Equal(OutcomeStatus.Ok, (await exchanges.SignManifestAsync(Officers.Ua, batchId, statement.Sign(ua).ToString())).Status);
        var signed = await queue.ReviseAsync(Officers.Host, pair.LinkId, pair.Version, LinkStatus.Rejected, "wrong person");
        Assert.Equal(OutcomeStatus.Conflict, signed.Status);
        Assert.Equal(ReviewQueue.InAgreedBatch, signed.Refusal!.Code);
        Assert.Contains("reopened", signed.Refusal.Message, StringComparison.Ordinal);
        Assert.Equal(LinkStatus.Confirmed, (await queue.PairAsync(Officers.Host, pair.LinkId, Test))!.Status);

        // A pair only in a draft leaves it, then can be undone.
        var other = Assert.Single(confirmed, c => c.Left.Category == PersonCategory.Civilian);
        var secondBatch = (await exchanges.CreateAsync(Officers.Host, "second", "UA", "RU", [new CategoryTerms(PersonCategory.Civilian, 1, 1)])).Value.BatchId;
        Assert.Equal(OutcomeStatus.Ok, (await exchanges.AddAsync(Officers.Host, secondBatch, [other.LinkId])).Status);
        Assert.Equal(ReviewQueue.InDraftBatch, (await queue.ReviseAsync(Officers.Host, other.LinkId, other.Version, LinkStatus.Rejected, "x")).Refusal!.Code);
        Assert.Equal(OutcomeStatus.Ok, (await exchanges.RemoveAsync(Officers.Host, secondBatch, other.LinkId)).Status);
        Assert.Equal(OutcomeStatus.Ok, (await queue.ReviseAsync(Officers.Host, other.LinkId, other.Version, LinkStatus.Rejected, "two different men")).Status);
    }
}
