using Parley.Application.Outcomes;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Tests.Infrastructure;
using Parley.Application.Text;
using Parley.Data;
using Parley.Data.Texts;
using Parley.Ledger.Entries;
using Parley.Ledger.Storage;
using Visibility = Parley.Domain.Access.Visibility;

namespace Parley.Application.Tests.Text;

public sealed class ProposalUseCaseTests
{
    private static readonly byte[] Draft = Encoding.UTF8.GetBytes("# Memorandum\n## Article 1. Ceasefire\nA [UA: full | RU: limited] ceasefire.\n");

    private static async Task<IReadOnlyList<LogEntry>> EntriesAsync(ParleyDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        var store = new DbLogStore(db.Database.GetDbConnection());
        return [.. (await store.ReadEntriesAsync(0, (int)await store.GetSizeAsync())).Select(e => LogEntry.Parse(e.Data))];
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Draft_submit_fold_each_commit_with_a_log_entry_of_the_right_visibility(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ParleyDbContext>();
        var text = (await sp.GetRequiredService<ImportText>().RunAsync(Actors.Mediator, new ImportTextRequest(Draft, Round: 1))).Value.TextId;
        var before = (await EntriesAsync(db)).Count;

        var draft = await sp.GetRequiredService<DraftProposal>().RunAsync(Actors.Ua, text, new DraftProposalRequest("1.1", 1, "ZQX comprehensive"));
        Assert.Equal(OutcomeStatus.Ok, draft.Status);
        Assert.Empty((await sp.GetRequiredService<ListProposals>().RunAsync(Actors.Ru, text)).Value);
        Assert.Empty((await sp.GetRequiredService<ListProposals>().RunAsync(Actors.Mediator, text)).Value);
        Assert.Equal(OutcomeStatus.Forbidden, (await sp.GetRequiredService<DraftProposal>().RunAsync(Actors.Mediator, text, new DraftProposalRequest("1.1", 1, "x"))).Status);

        var submitted = await sp.GetRequiredService<SubmitProposal>().RunAsync(Actors.Ua, draft.Value.Id, 1);
        Assert.Equal((OutcomeStatus.Ok, ProposalStatus.Submitted), (submitted.Status, submitted.Value.Status));
        var folded = await sp.GetRequiredService<FoldProposal>().RunAsync(Actors.Mediator, draft.Value.Id, 1, round: 2);
        Assert.Equal((OutcomeStatus.Ok, 2), (folded.Status, folded.Value.Version));
        var stored = await db.TextProposals.AsNoTracking().SingleAsync(p => p.Id == draft.Value.Id);
        Assert.Equal((ProposalStatus.FoldedIn, 2, 3), (stored.Status, stored.FoldedInVersion, stored.Version));
        var latest = await sp.GetRequiredService<ReadText>().RunAsync(Actors.Ru, text);
        Assert.Equal("A [UA: ZQX comprehensive | RU: limited] ceasefire.", Parley.Text.Format.PlainTextWriter.WriteClause(latest.Value.Text.Articles[0].Clauses[0]));

        var entries = (await EntriesAsync(db)).Skip(before).Select(e => (e.Kind, (Visibility)(int)e.Visibility)).ToList();
        Assert.Equal([("text.proposal", Visibility.PartyPrivate), ("text.proposal", Visibility.Shared), ("text.version", Visibility.Shared), ("text.proposal", Visibility.Shared)], entries);
        Assert.All((await EntriesAsync(db)).Skip(before), e => Assert.DoesNotContain("ZQX", e.Payload.GetRawText(), StringComparison.Ordinal));
    }
}
