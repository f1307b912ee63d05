using Parley.Application.Outcomes;
using Parley.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Application.Tests.Infrastructure;
using Parley.Domain.Humanitarian;
using Parley.Domain.Records;
using Parley.Ledger.Entries;
using Parley.Ledger.Storage;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Registry;

namespace Parley.Application.Tests.Humanitarian;

public sealed class RegistryCorrectionsTests
{
    private static async Task<List<LogEntry>> EntriesAsync(ParleyDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        var store = new DbLogStore(db.Database.GetDbConnection());
        return [.. (await store.ReadEntriesAsync(0, (int)await store.GetSizeAsync())).Select(e => LogEntry.Parse(e.Data))];
    }

    private static async Task<RegistryPerson> FiledAsync(IServiceProvider sp, string sourceId)
    {
        var outcome = await sp.GetRequiredService<PersonImporter>().ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("UA", "ua.csv", "RU"));
        Assert.True(outcome.Stored);
        return await sp.GetRequiredService<ParleyDbContext>().RegistryPersons.AsNoTracking().SingleAsync(p => p.SourceId == sourceId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Correct_then_erase_keeps_the_log_verifiable_and_audited(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        using var log = new LogCheck(database);
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ParleyDbContext>();
        var person = await FiledAsync(sp, "UA-1");
        var before = await log.PublishAsync();
        var corrections = sp.GetRequiredService<RegistryCorrections>();

        var corrected = await corrections.CorrectAsync(Officers.Ua, person.Id, person.Version,
            new Dictionary<string, string?> { ["family_name"] = "Шевчeнко-Ткач", ["date_of_birth"] = "12.03.1995", ["health"] = "seriously wounded" }, "ICRC visit report corrects the birth year");
        Assert.Equal(OutcomeStatus.Ok, corrected.Status);
        Assert.NotEqual(person.Commitment, corrected.Value.Commitment);
        var read = (await sp.GetRequiredService<RegistryReader>().GetAsync(Officers.Ua, person.Id, new ReadContext("test", null)))!;
        Assert.Equal(("Шевчeнко-Ткач", "1995-03-12", corrected.Value.Commitment), (read.Details!.FamilyName, read.Details.DateOfBirth, read.Commitment));
        Assert.True(read.Priorities.HasFlag(PriorityGroups.SeriouslyWoundedOrSick));
        var correctedEntry = (await EntriesAsync(db)).Last(e => e.Kind == "person.corrected");
        Assert.Equal((person.Commitment, corrected.Value.Commitment), (correctedEntry.Payload.GetProperty("corrects").GetString(), correctedEntry.Payload.GetProperty("commitment").GetString()));
        Assert.DoesNotContain("Ткач", correctedEntry.Payload.GetRawText(), StringComparison.Ordinal);

        var erased = await corrections.EraseAsync(Officers.Host, person.Id, corrected.Value.Version, "The person asked to be removed after release");
        Assert.Equal(OutcomeStatus.Ok, erased.Status);
        var row = await db.RegistryPersons.AsNoTracking().SingleAsync(p => p.Id == person.Id);
        Assert.Null(row.Sealed);
        Assert.NotNull(row.ErasedAtUtc);
        Assert.Equal(corrected.Value.Commitment, row.Commitment);
        Assert.True((await sp.GetRequiredService<RegistryReader>().GetAsync(Officers.Ua, person.Id, new ReadContext("test", null)))!.Erased);
        Assert.Equal("person.erased", (await EntriesAsync(db))[^1].Kind);

        var audit = await db.Audit.AsNoTracking().Where(a => a.Kind == RecordKind.ListedPerson && a.RecordId == person.Id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditAction.Update, AuditAction.Delete], audit.Select(a => a.Action));
        Assert.Equal([Officers.Ua.Name, Officers.Host.Name], audit.Select(a => a.Actor));

        var after = await log.PublishAsync();
        var verifier = log.Verifier();
        var full = await verifier.VerifyAsync(null, recompute: true);
        Assert.True(full.Ok, full.Message);
        Assert.Null(await verifier.CheckConsistencyAsync(before, after, default));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Correct_refuses_bad_input_other_parties_and_stale_versions_and_changes_nothing(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ParleyDbContext>();
        var person = await FiledAsync(sp, "UA-2");
        var corrections = sp.GetRequiredService<RegistryCorrections>();
        var size = (await EntriesAsync(db)).Count;

        Assert.Equal(OutcomeStatus.NotFound, (await corrections.CorrectAsync(Officers.Ru, person.Id, 1, new Dictionary<string, string?> { ["rank"] = "x" }, "reason")).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await corrections.EraseAsync(Officers.Mediator, person.Id, 1, "reason")).Status);
        Assert.Equal(OutcomeStatus.Conflict, (await corrections.CorrectAsync(Officers.Ua, person.Id, 7, new Dictionary<string, string?> { ["rank"] = "x" }, "reason")).Status);
        Assert.Contains("category", (await corrections.CorrectAsync(Officers.Ua, person.Id, 1, new Dictionary<string, string?> { ["category"] = "civilian" }, "reason")).Refusal!.Message, StringComparison.Ordinal);
        Assert.Contains("date_of_birth: '31.02.19x' is not a date", (await corrections.CorrectAsync(Officers.Ua, person.Id, 1, new Dictionary<string, string?> { ["date_of_birth"] = "31.02.19x" }, "reason")).Refusal!.Message, StringComparison.Ordinal);
        Assert.Contains("given_name: cannot be empty", (await corrections.CorrectAsync(Officers.Ua, person.Id, 1, new Dictionary<string, string?> { ["given_name"] = " " }, "reason")).Refusal!.Message, StringComparison.Ordinal);
        Assert.StartsWith("reason:", (await corrections.EraseAsync(Officers.Ua, person.Id, 1, " ")).Refusal!.Message, StringComparison.Ordinal);

        var row = await db.RegistryPersons.AsNoTracking().SingleAsync(p => p.Id == person.Id);
        Assert.Equal((person.Commitment, person.Version), (row.Commitment, row.Version));
        Assert.NotNull(row.Sealed);
        Assert.Equal(size, (await EntriesAsync(db)).Count);
        Assert.False(await db.Audit.AnyAsync(a => a.Kind == RecordKind.ListedPerson));
    }
}
