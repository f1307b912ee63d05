using Parley.Application.Outcomes;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Tests.Infrastructure;
using Parley.Application.Text;
using Parley.Data;
using Parley.Domain.Access;
using Parley.Ledger.Entries;
using Parley.Ledger.Storage;
using Parley.Text;
using Visibility = Parley.Domain.Access.Visibility;

namespace Parley.Application.Tests.Text;

public sealed class TextUseCaseTests
{
    private const string Round1 = "# Memorandum\n## Article 1. Ceasefire\nA [UA: full | RU: limited] ceasefire [UA: of 30 days | RU: ].\n\nMonitored by [the Parties | UA: a mission].\n## Article 2. Prisoners\nAll for all.\n";
    private static readonly byte[] Round1Bytes = Encoding.UTF8.GetBytes(Round1);
    private static readonly byte[] Round2Bytes = Encoding.UTF8.GetBytes(Round1.Replace("[UA: full | RU: limited]", "full", StringComparison.Ordinal));

    private static async Task<IReadOnlyList<LogEntry>> EntriesAsync(ParleyDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        var store = new DbLogStore(db.Database.GetDbConnection());
        var stored = await store.ReadEntriesAsync(0, (int)await store.GetSizeAsync());
        return [.. stored.Select(e => LogEntry.Parse(e.Data))];
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_and_next_version_are_stored_with_a_log_entry_each(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ParleyDbContext>();
        var before = (await EntriesAsync(db)).Count;

        var created = await sp.GetRequiredService<ImportText>().RunAsync(Actors.Mediator, new ImportTextRequest(Round1Bytes, Round: 1));
        Assert.Equal(OutcomeStatus.Ok, created.Status);
        var next = await sp.GetRequiredService<ImportText>().RunAsync(Actors.Mediator, new ImportTextRequest(Round2Bytes, created.Value.TextId, Round: 2, ExpectedVersion: 1));
        Assert.Equal((OutcomeStatus.Ok, 2), (next.Status, next.Value.Version));

        var entries = (await EntriesAsync(db)).Skip(before).ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(("text.version", Visibility.Shared), (e.Kind, (Visibility)(int)e.Visibility)));
        // A shared text enters as a commitment: neither its words nor its hash are readable in the log.
        Assert.All(entries, e => Assert.DoesNotContain(created.Value.Hash, e.Payload.GetRawText(), StringComparison.Ordinal));

        var redline = await sp.GetRequiredService<CompareText>().RunAsync(Actors.Ua, created.Value.TextId, 1, 2);
        Assert.Equal(["1.1"], redline.Value.Changed);
        var latest = await sp.GetRequiredService<ReadText>().RunAsync(Actors.Ru, created.Value.TextId);
        Assert.Equal((2, 2, 2), (latest.Value.Version, latest.Value.LatestVersion, latest.Value.Round));
        Assert.Equal(VersionHash.Of(latest.Value.Text), latest.Value.Hash);
        var first = await sp.GetRequiredService<ReadText>().RunAsync(Actors.Ru, created.Value.TextId, 1);
        Assert.True(first.Value.LatestVersion > first.Value.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_from_a_stale_version_is_a_conflict_and_overwrites_nothing(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var import = scope.ServiceProvider.GetRequiredService<ImportText>();
        var id = (await import.RunAsync(Actors.Mediator, new ImportTextRequest(Round1Bytes))).Value.TextId;
        Assert.Equal(OutcomeStatus.Ok, (await import.RunAsync(Actors.Mediator, new ImportTextRequest(Round2Bytes, id, ExpectedVersion: 1))).Status);

        var stale = await import.RunAsync(Actors.Mediator, new ImportTextRequest(Round1Bytes, id, ExpectedVersion: 1));

        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Contains("version 2 was stored after version 1", stale.Refusal!.Message, StringComparison.Ordinal);
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        Assert.Equal(2, await db.TextVersions.CountAsync(v => v.TextId == id));
        Assert.Equal(2, (await db.Texts.SingleAsync(t => t.Id == id)).CurrentVersion);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_malformed_file_or_by_a_delegation_stores_nothing(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var import = scope.ServiceProvider.GetRequiredService<ImportText>();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var entries = (await EntriesAsync(db)).Count;
        var texts = await db.Texts.CountAsync(); // the demo's illustrative draft

        var bad = await import.RunAsync(Actors.Mediator, new ImportTextRequest(Encoding.UTF8.GetBytes("# T\n## A\nx [Narnia: y] z")));
        Assert.Equal(OutcomeStatus.Invalid, bad.Status);
        Assert.Equal("line 3, column 4", bad.Refusal!.Errors.Keys.First());
        var notDocx = await import.RunAsync(Actors.Mediator, new ImportTextRequest([(byte)'P', (byte)'K', 3, 4, 0, 0]));
        Assert.Contains("not a readable DOCX", notDocx.Refusal!.Errors.Single().Value.Single(), StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Forbidden, (await import.RunAsync(Actors.Ua, new ImportTextRequest(Round1Bytes))).Status);

        Assert.Equal(texts, await db.Texts.CountAsync());
        Assert.Equal(entries, (await EntriesAsync(db)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Read_follows_visibility_shared_for_delegations_public_for_all(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var import = sp.GetRequiredService<ImportText>();
        var read = sp.GetRequiredService<ReadText>();
        var shared = (await import.RunAsync(Actors.Mediator, new ImportTextRequest(Round1Bytes))).Value.TextId;
        var secret = (await import.RunAsync(Actors.Mediator, new ImportTextRequest(Round1Bytes, Visibility: Visibility.MediatorOnly))).Value.TextId;
        var open = (await import.RunAsync(Actors.Mediator, new ImportTextRequest(Round1Bytes, Visibility: Visibility.Public))).Value.TextId;

        Assert.Equal(OutcomeStatus.Ok, (await read.RunAsync(Actors.Ua, shared)).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await read.RunAsync(Actors.Observer, shared)).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await read.RunAsync(Actors.Ru, secret)).Status);
        Assert.Equal(OutcomeStatus.Ok, (await read.RunAsync(Actors.Mediator, secret)).Status);
        Assert.Equal(OutcomeStatus.Ok, (await read.RunAsync(Viewer.Anonymous, open)).Status);

        var export = await sp.GetRequiredService<ExportText>().RunAsync(Viewer.Anonymous, shared, null, TextFormat.Akn);
        Assert.Equal(OutcomeStatus.NotFound, export.Status);
        var publicEntry = (await EntriesAsync(sp.GetRequiredService<ParleyDbContext>()))[^1];
        Assert.Equal(Visibility.Public, (Visibility)(int)publicEntry.Visibility);
        Assert.Contains(VersionHash.Of(Parley.Text.Format.PlainTextParser.Parse(Round1).Text!), publicEntry.Payload.GetRawText(), StringComparison.Ordinal);
    }
}
