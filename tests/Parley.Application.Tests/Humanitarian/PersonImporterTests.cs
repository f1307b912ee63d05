using Parley.Data;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Tests.Infrastructure;
using Parley.Domain.Humanitarian;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;

namespace Parley.Application.Tests.Humanitarian;

public sealed class PersonImporterTests
{
    private static readonly ReadContext Test = new("test", "127.0.0.1");

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_valid_list_files_each_row_in_its_registry_sealed_at_rest(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<PersonImporter>();

        var outcome = await importer.ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("Ukraine", "ua.csv", HeldBy: "RU"));

        Assert.True(outcome.Stored, outcome.Refusal);
        Assert.Equal((2, 1, 0), (outcome.Military, outcome.Civilian, outcome.Children));
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var rows = await db.RegistryPersons.AsNoTracking().OrderBy(p => p.Line).ToListAsync();
        Assert.Equal(["UA-1", "UA-2", "UA-3"], rows.Select(r => r.SourceId));
        Assert.All(rows, r => Assert.Equal(("UA", "RU"), (r.ListedBy, r.HeldBy)));
        Assert.True(rows[1].Priorities.HasFlag(PriorityGroups.SeriouslyWoundedOrSick));
        Assert.False(rows[0].Priorities.HasFlag(PriorityGroups.SeriouslyWoundedOrSick));
        Assert.All(rows, r => Assert.DoesNotContain("Шевченко", Encoding.UTF8.GetString(r.Sealed!), StringComparison.Ordinal));
        Assert.Equal(PersonCategory.Civilian, rows[2].Category);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_bad_rows_are_named_and_nothing_is_stored(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<PersonImporter>();
        var file = Lists.Csv("UA-1,Шевченко,Олександр,,1994-03-12,M,military,,", "UA-2,Коваленко,Андрій,,1990-13-02,X,military,,");

        var outcome = await importer.ImportAsync(Officers.Ua, file, new ImportRequest("UA", "bad.csv"));

        Assert.False(outcome.Stored);
        Assert.Contains(outcome.Issues, i => i.Line == 3 && i.Column == "date_of_birth");
        Assert.Contains(outcome.Issues, i => i.Line == 3 && i.Column == "sex");
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        Assert.Equal(0, await db.RegistryPersons.CountAsync());
        Assert.Equal(0, await db.PersonLists.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_same_file_twice_is_refused(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<PersonImporter>();
        Assert.True((await importer.ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("UA", "a.csv"))).Stored);

        var again = await importer.ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("UA", "b.csv"));

        Assert.False(again.Stored);
        Assert.Contains("already filed", again.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_for_another_party_or_by_a_mediator_is_refused(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<PersonImporter>();

        Assert.Contains("Only humanitarian officers of RU", (await importer.ImportAsync(Officers.Ua, Lists.RuHeld(), new ImportRequest("RU", "x.csv"))).Refusal, StringComparison.Ordinal);
        Assert.NotNull((await importer.ImportAsync(Officers.Mediator, Lists.UaSought(), new ImportRequest("UA", "x.csv"))).Refusal);
        Assert.Contains("Unknown party", (await importer.ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("Atlantis", "x.csv"))).Refusal, StringComparison.Ordinal);
        Assert.True((await importer.ImportAsync(Officers.Host, Lists.RuHeld(), new ImportRequest("RU", "x.csv"))).Stored);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Read_is_limited_to_the_listing_party_and_host_and_every_read_is_audited(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<PersonImporter>().ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("UA", "ua.csv", "RU"));
        }
        await using var read = database.Scope();
        var registry = read.ServiceProvider.GetRequiredService<RegistryReader>();

        var own = await registry.ListAsync(Officers.Ua, new RegistryQuery(), Test);
        var other = await registry.ListAsync(Officers.Ru, new RegistryQuery(), Test);
        var host = await registry.ListAsync(Officers.Host, new RegistryQuery(Category: PersonCategory.Military), Test);
        var mediator = await registry.ListAsync(Officers.Mediator, new RegistryQuery(), Test);

        Assert.Equal(["Шевченко", "Коваленко", "Бондаренко"], own!.Select(e => e.Details!.FamilyName));
        Assert.Empty(other!);
        Assert.Equal(2, host!.Count);
        Assert.Null(mediator);
        var audit = await read.ServiceProvider.GetRequiredService<ParleyDbContext>().PersonalDataReads.AsNoTracking().ToListAsync();
        Assert.Equal(5, audit.Count);
        Assert.Equal(3, audit.Count(a => a.UserName == "officer@ua.test" && a.RemoteAddress == "127.0.0.1" && a.Purpose == "test"));
        Assert.Equal(2, audit.Count(a => a.Party == "TR"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Read_of_a_tampered_record_fails_instead_of_showing_wrong_data(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<PersonImporter>().ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("UA", "ua.csv"));
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var rows = await db.RegistryPersons.OrderBy(p => p.Line).ToListAsync();
        // Swap two people's sealed data: each blob is bound to its own record id.
        (rows[0].Sealed, rows[1].Sealed) = (rows[1].Sealed, rows[0].Sealed);
        await db.SaveChangesAsync();

        var registry = scope.ServiceProvider.GetRequiredService<RegistryReader>();
        await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() => registry.GetAsync(Officers.Ua, rows[0].Id, Test));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_list_of_several_blocks_stores_every_row_once_with_the_list_commitments_hash(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        const int count = 9_000; // three blocks of sealing and inserting
        var rows = Enumerable.Range(1, count).Select(i => $"UA-{i},Шевченко{i},Олександр,Іванович,19{i % 90 + 10}-03-12,M,{(i % 3 == 0 ? "civilian" : "military")},,");

        var storing = new Reports<ImportStoreProgress>();

        var outcome = await scope.ServiceProvider.GetRequiredService<PersonImporter>().ImportAsync(Officers.Ua, Lists.Csv([.. rows]), new ImportRequest("UA", "big.csv", "RU"), storing: storing);

        Assert.True(outcome.Stored, outcome.Refusal);
        Assert.Equal([new(4096, count), new(8192, count), new(count, count)], storing.Values);
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var stored = await db.RegistryPersons.AsNoTracking().OrderBy(p => p.Line).ToListAsync();
        Assert.Equal(Enumerable.Range(1, count).Select(i => $"UA-{i}"), stored.Select(p => p.SourceId));
        Assert.Equal(count, stored.Select(p => p.Id).Distinct().Count());
        var list = await db.PersonLists.AsNoTracking().SingleAsync(l => l.Id == outcome.ListId);
        Assert.Equal(PersonImporter.CommitmentsHash(stored.Select(p => p.Commitment)), list.CommitmentsSha256);
        var sealer = scope.ServiceProvider.GetRequiredService<PersonSealer>();
        Assert.All(stored, p => Assert.Equal("Шевченко" + p.SourceId[3..], sealer.Open(p.Id, p.Sealed!, p.Commitment).FamilyName));
    }

    /// <summary>Keeps every report, on the reporting thread.</summary>
    private sealed class Reports<T> : IProgress<T>
    {
        public List<T> Values { get; } = [];

        public void Report(T value) => Values.Add(value);
    }
}
