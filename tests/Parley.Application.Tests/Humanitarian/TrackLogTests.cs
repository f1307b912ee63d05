using Parley.Data;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Tests.Infrastructure;
using Parley.Ledger.Entries;
using Parley.Ledger.Storage;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Registry;

namespace Parley.Application.Tests.Humanitarian;

public sealed class TrackLogTests
{
    private static async Task<IReadOnlyList<LogEntry>> EntriesAsync(ParleyDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        var store = new DbLogStore(db.Database.GetDbConnection());
        var size = await store.GetSizeAsync();
        var stored = await store.ReadEntriesAsync(0, (int)size);
        return stored.Select(e => LogEntry.Parse(e.Data)).ToList();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_and_reads_enter_the_log_without_personal_data(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ParleyDbContext>();
        var before = (await EntriesAsync(db)).Count;

        await sp.GetRequiredService<PersonImporter>().ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("UA", "ua.csv", "RU"));
        await sp.GetRequiredService<RegistryReader>().ListAsync(Officers.Ua, new RegistryQuery(), new ReadContext("test", null));

        var added = (await EntriesAsync(db)).Skip(before).ToList();
        Assert.Equal(["person-list.create", "personal-data-read.batch"], added.Select(e => e.Kind));
        var list = added[0].Payload;
        Assert.Equal(3, list.GetProperty("military").GetInt32() + list.GetProperty("civilian").GetInt32());
        var reads = await db.PersonalDataReads.AsNoTracking().ToListAsync();
        // The batch binds the reads' hash only through a salted commitment, and names no reader.
        Assert.False(added[1].Payload.TryGetProperty("sha256", out _));
        Assert.NotEqual(Changes.ReadsHash(reads), added[1].Payload.GetProperty("commitment").GetString());
        Assert.Equal(("system", null), (added[1].Author, added[1].Party));
        // The batch names the saved rows' id range (not the zeros they had before the database numbered them).
        Assert.Equal((reads.Min(r => r.Id), reads.Max(r => r.Id)), (added[1].Payload.GetProperty("first").GetInt64(), added[1].Payload.GetProperty("last").GetInt64()));
        Assert.NotEqual(0, added[1].Payload.GetProperty("first").GetInt64());
        Assert.False(list.TryGetProperty("fileSha256", out _));
        Assert.StartsWith("humanitarian/UA/", added[0].Author, StringComparison.Ordinal);
        var all = string.Join("\n", added.Select(e => Encoding.UTF8.GetString(e.ToBytes())));
        Assert.DoesNotContain("Шевченко", all, StringComparison.Ordinal);
        Assert.DoesNotContain("1994-03-12", all, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Child_case_enters_the_log_as_a_commitment_only(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ParleyDbContext>();
        var before = (await EntriesAsync(db)).Count;

        await sp.GetRequiredService<ChildCases>().OpenAsync(Officers.Ua, "UA", new ChildCaseDetails("Мельник", "Софія", null, "2014-05-02", null, null, null, null));

        // The create, and the audited read of the details the response shows the officer (finding 6).
        var added = (await EntriesAsync(db)).Skip(before).ToList();
        Assert.Equal(["child-case.create", "personal-data-read.batch"], added.Select(e => e.Kind));
        var entry = added[0];
        Assert.NotNull(entry.CommitmentHash);
        Assert.DoesNotContain("Мельник", Encoding.UTF8.GetString(entry.ToBytes()), StringComparison.Ordinal);
    }
}
