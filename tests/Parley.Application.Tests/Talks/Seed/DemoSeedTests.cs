using Parley.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Tests.Infrastructure;
using Parley.Domain.Talks;
using Parley.Application.Talks.Seed;

namespace Parley.Application.Tests.Talks.Seed;

public sealed class DemoSeedTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task LoadOnceAsync_second_start_changes_nothing(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var counts = (await db.Parties.CountAsync(), await db.Rounds.CountAsync(), await db.Audit.CountAsync());
        Assert.False(await scope.ServiceProvider.GetRequiredService<DemoSeed>().LoadOnceAsync());
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();
        Assert.Equal(counts, (await db.Parties.CountAsync(), await db.Rounds.CountAsync(), await db.Audit.CountAsync()));
        Assert.Equal((4, 3), (counts.Item1, counts.Item2));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task LoadOnceAsync_every_fact_has_a_source_and_synthetic_persons_are_labelled(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        Assert.All(await db.Rounds.ToListAsync(), r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.All(await db.Statements.ToListAsync(), s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
        Assert.All((await db.DisputedFigures.ToListAsync()).SelectMany(f => f.Claims), c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
        Assert.All(await db.Persons.Where(p => !p.IsPublicFigure).ToListAsync(), p =>
        {
            Assert.True(p.IsSynthetic);
            Assert.Contains("synthetic", p.Name, StringComparison.OrdinalIgnoreCase);
        });
        Assert.All(await db.Incidents.ToListAsync(), i => Assert.True(i.IsIllustrative));
        var children = await db.DisputedFigures.SingleAsync(f => f.Subject.StartsWith("Ukrainian children"));
        Assert.Equal([("UA", 19_546L), ("RU", 700_000L)], children.Claims.Select(c => (c.Party, c.Value)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task LoadOnceAsync_ultimatum_resolves_and_keeps_both_dates(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var deadline = await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().Deadlines.SingleAsync();
        Assert.Equal(["2025-09-02", "2025-08-09", "2025-08-08"], deadline.Revisions.Select(r => r.DueOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("in 50 days", deadline.Revisions[0].StatedAs);
        Assert.Equal(DeadlineStatus.Open, deadline.Status);
    }
}
