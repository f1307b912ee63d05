using Parley.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Tests.Infrastructure;
using Parley.Domain.Humanitarian;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Registry;

namespace Parley.Application.Tests.Humanitarian;

public sealed class RegistryReaderTests
{
    private static readonly ReadContext Test = new("registry search", "127.0.0.1");

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Name_search_finds_visible_persons_by_any_name_part_and_audits_only_those_shown(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await database.DesignateHostAsync();
        await using (var scope = database.Scope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<PersonImporter>();
            Assert.True((await importer.ImportAsync(Officers.Ua, Lists.UaSought(), new ImportRequest("UA", "ua.csv", "RU"))).Stored);
            Assert.True((await importer.ImportAsync(Officers.Host, Lists.RuHeld(), new ImportRequest("RU", "ru.csv"))).Stored);
        }
        await using var read = database.Scope();
        var registry = read.ServiceProvider.GetRequiredService<RegistryReader>();

        var byFamily = await registry.ListAsync(Officers.Ua, new RegistryQuery(Name: "коваленко"), Test);
        var byPatronymic = await registry.ListAsync(Officers.Host, new RegistryQuery(Name: "Іванович"), Test);
        var byFullName = await registry.ListAsync(Officers.Host, new RegistryQuery(Name: "Bondarenko Olga"), Test);
        var filtered = await registry.ListAsync(Officers.Host, new RegistryQuery(ListedBy: "RU", Category: PersonCategory.Military, Name: "вал"), Test);
        var paged = await registry.ListAsync(Officers.Host, new RegistryQuery(Page: 2, PageSize: 1, Name: "Шевченко"), Test);
        var hidden = await registry.ListAsync(Officers.Ru, new RegistryQuery(Name: "Шевченко"), Test);

        Assert.Equal(["UA-2"], byFamily!.Select(e => e.SourceId));
        Assert.Equal(["UA-1"], byPatronymic!.Select(e => e.SourceId));
        Assert.Equal(["R-19"], byFullName!.Select(e => e.SourceId));
        Assert.Equal(["R-18"], filtered!.Select(e => e.SourceId));
        Assert.Equal(["UA-1"], paged!.Select(e => e.SourceId));
        Assert.Equal(["R-17"], hidden!.Select(e => e.SourceId));
        var audit = await read.ServiceProvider.GetRequiredService<ParleyDbContext>().PersonalDataReads.AsNoTracking().ToListAsync();
        Assert.Equal(6, audit.Count);
        Assert.All(audit, a => Assert.Equal("registry search", a.Purpose));
    }
}
