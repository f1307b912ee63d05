using Parley.Application.Outcomes;
using Parley.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Tests.Infrastructure;
using Parley.Domain.Humanitarian;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;

namespace Parley.Application.Tests.Humanitarian;

public sealed class ChildCasesTests
{
    private static readonly ChildCaseDetails Child = new("Мельник", "Софія", "Андріївна", "2014-05-02", "2022-09-10", "Kupiansk (synthetic)", "unknown", "mother, +380 00 000 0000 (synthetic)");

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Case_moves_step_by_step_with_evidence_and_keeps_history(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        var cases = scope.ServiceProvider.GetRequiredService<ChildCases>();
        var (opened, refusal) = await cases.OpenAsync(Officers.Ua, "UA", Child);
        Assert.Null(refusal);

        var (_, skip) = await cases.MoveAsync(Officers.Ua, opened!.Id, 1, ChildCaseStatus.Located, "photo", "officer", null);
        Assert.Contains("one step at a time", skip!.Message, StringComparison.Ordinal);
        var (identified, _) = await cases.MoveAsync(Officers.Ua, opened.Id, 1, ChildCaseStatus.Identified, null, null, null);
        var stale = await cases.MoveAsync(Officers.Ua, opened.Id, 1, ChildCaseStatus.Located, "report", "officer", null);
        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Equal(OutcomeStatus.NotFound, (await cases.MoveAsync(Officers.Ru, opened.Id, identified!.Version, ChildCaseStatus.Located, "report", "officer", null)).Status);
        var (located, _) = await cases.MoveAsync(Officers.Ua, opened.Id, identified.Version, ChildCaseStatus.Located, "ICRC report 2025-07", "officer@tr", null);

        Assert.Equal(ChildCaseStatus.Located, located!.Status);
        Assert.Equal([ChildCaseStatus.Identified, ChildCaseStatus.Located], located.History.Select(h => h.To));
        Assert.Equal("Софія", located.Details!.GivenName);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Cases_are_seen_by_own_party_and_host_only_and_reads_are_audited(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        var cases = scope.ServiceProvider.GetRequiredService<ChildCases>();
        await cases.OpenAsync(Officers.Ua, "UA", Child);
        var (_, refusal) = await cases.OpenAsync(Officers.Ru, "UA", Child);
        Assert.NotNull(refusal);

        Assert.Single((await cases.ListAsync(Officers.Ua, new ReadContext("test", null)))!);
        Assert.Empty((await cases.ListAsync(Officers.Ru, new ReadContext("test", null)))!);
        Assert.Single((await cases.ListAsync(Officers.Host, new ReadContext("test", null)))!);
        Assert.Null(await cases.ListAsync(Officers.Mediator, new ReadContext("test", null)));
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        // The opening's response (shown to UA's officer) and the two lists that showed the case.
        Assert.Equal(3, await db.PersonalDataReads.CountAsync(r => r.RecordKind == ChildCases.Kind));
        Assert.Equal([("UA", ChildCaseStatus.Reported, 1)], await cases.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Case_correct_then_erase_keeps_status_history_and_a_verifiable_log(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        using var log = new LogCheck(database);
        await using var scope = database.Scope();
        var cases = scope.ServiceProvider.GetRequiredService<ChildCases>();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var (opened, _) = await cases.OpenAsync(Officers.Ua, "UA", Child);
        var (identified, _) = await cases.MoveAsync(Officers.Ua, opened!.Id, 1, ChildCaseStatus.Identified, null, null, null);
        var before = await log.PublishAsync();

        Assert.Equal(OutcomeStatus.NotFound, (await cases.CorrectAsync(Officers.Ru, opened.Id, identified!.Version, Child, "reason")).Status);
        Assert.Equal(OutcomeStatus.Conflict, (await cases.CorrectAsync(Officers.Ua, opened.Id, 1, Child, "reason")).Status);
        var corrected = await cases.CorrectAsync(Officers.Ua, opened.Id, identified.Version, Child with { DateOfBirth = "2014-06-02" }, "Birth certificate received");
        Assert.Equal(OutcomeStatus.Ok, corrected.Status);
        Assert.NotEqual(opened.Commitment, corrected.Value.Commitment);
        var seen = Assert.Single((await cases.ListAsync(Officers.Ua, new ReadContext("test", null)))!);
        Assert.Equal(("2014-06-02", ChildCaseStatus.Identified), (seen.Details!.DateOfBirth, seen.Status));

        var erased = await cases.EraseAsync(Officers.Host, opened.Id, corrected.Value.Version, "Family asked for erasure after reunion");
        Assert.Equal(OutcomeStatus.Ok, erased.Status);
        var after = Assert.Single((await cases.ListAsync(Officers.Host, new ReadContext("test", null)))!);
        Assert.Null(after.Details);
        Assert.Equal([ChildCaseStatus.Identified], after.History.Select(h => h.To));
        Assert.Equal([("UA", ChildCaseStatus.Identified, 1)], await cases.CountsAsync());
        Assert.Null((await db.ChildCases.AsNoTracking().SingleAsync()).Sealed);
        Assert.Equal([Parley.Data.Entities.AuditAction.Create, Parley.Data.Entities.AuditAction.Update, Parley.Data.Entities.AuditAction.Update, Parley.Data.Entities.AuditAction.Delete],
            await db.Audit.AsNoTracking().Where(a => a.RecordId == opened.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

        var verifier = log.Verifier();
        var full = await verifier.VerifyAsync(null, recompute: true);
        Assert.True(full.Ok, full.Message);
        Assert.Null(await verifier.CheckConsistencyAsync(before, await log.PublishAsync(), default));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task One_case_is_read_by_own_party_and_host_only_and_each_read_is_audited(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        var cases = scope.ServiceProvider.GetRequiredService<ChildCases>();
        var (opened, _) = await cases.OpenAsync(Officers.Ua, "UA", Child);

        Assert.Equal("Софія", (await cases.GetAsync(Officers.Ua, opened!.Id, new ReadContext("case page", "10.0.0.7")))!.Details!.GivenName);
        Assert.NotNull(await cases.GetAsync(Officers.Host, opened.Id, new ReadContext("case page", null)));
        Assert.Null(await cases.GetAsync(Officers.Ru, opened.Id, new ReadContext("case page", null)));
        Assert.Null(await cases.GetAsync(Officers.Mediator, opened.Id, new ReadContext("case page", null)));
        Assert.Null(await cases.GetAsync(Officers.Ua, Guid.NewGuid(), new ReadContext("case page", null)));

        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var reads = await db.PersonalDataReads.Where(r => r.RecordKind == ChildCases.Kind).OrderBy(r => r.Id).ToListAsync();
        // Opening the case showed its details to the UA officer too: that response is a read of its own.
        Assert.Equal([("UA", opened.Id), ("UA", opened.Id), ("TR", opened.Id)], reads.Select(r => (r.Party, r.RecordId)));
        Assert.Equal("child's case opened", reads[0].Purpose);
        Assert.Equal("10.0.0.7", reads[1].RemoteAddress);
        Assert.Equal("case page", reads[1].Purpose);
    }
}
