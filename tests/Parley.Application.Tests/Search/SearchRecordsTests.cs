using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Search;
using Parley.Application.Talks;
using Parley.Application.Tests.Humanitarian;
using Parley.Application.Tests.Infrastructure;
using Parley.Data;
using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Application.Tests.Search;

/// <summary>Search on a real SQLite file and a real PostgreSQL database: every role sees exactly its markers, and the index follows every write.</summary>
public sealed class SearchRecordsTests
{
    private static readonly ReadContext Context = new("search", "127.0.0.1");

    /// <summary>One marker note per visibility; its title names the visibility, its body carries the marker word (Latin).</summary>
    private static readonly (string Title, Visibility Visibility, string? Owner)[] Markers =
    [
        ("marker public", Visibility.Public, null),
        ("marker shared", Visibility.Shared, null),
        ("marker mediator-only", Visibility.MediatorOnly, null),
        ("marker UA draft", Visibility.PartyPrivate, "UA"),
        ("marker RU draft", Visibility.PartyPrivate, "RU"),
    ];

    public static TheoryData<string, string> RolesOnProviders()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { TestDatabases.Sqlite, TestDatabases.Postgres })
        {
            foreach (var role in Expected.Keys)
            {
                data.Add(provider, role);
            }
        }
        return data;
    }

    private static readonly Dictionary<string, (Viewer Viewer, string[] Notes, string[] Persons)> Expected = new()
    {
        ["administrator"] = (Officers.Admin, ["marker public", "marker shared", "marker mediator-only"], []),
        ["mediator"] = (Actors.Mediator, ["marker public", "marker shared", "marker mediator-only"], []),
        ["delegation UA"] = (Actors.Ua, ["marker public", "marker shared", "marker UA draft"], []),
        ["delegation RU"] = (Actors.Ru, ["marker public", "marker shared", "marker RU draft"], []),
        ["observer"] = (Actors.Observer, ["marker public"], []),
        ["anonymous"] = (Viewer.Anonymous, ["marker public"], []),
        ["humanitarian UA"] = (Officers.Ua, ["marker public", "marker shared", "marker UA draft"], ["Коваленко Андрій Петрович"]),
        ["humanitarian RU"] = (Officers.Ru, ["marker public", "marker shared", "marker RU draft"], ["Коваленко Андрей Петрович"]),
        ["humanitarian host (designated)"] = (Officers.Host, ["marker public", "marker shared"], ["Коваленко Андрей Петрович", "Коваленко Андрій Петрович"]),
        ["humanitarian UA without second factor"] = (Officers.Ua with { PassedSecondFactor = false }, ["marker public", "marker shared", "marker UA draft"], []),
    };

    [Theory]
    [MemberData(nameof(RolesOnProviders))]
    public async Task Search_role_finds_exactly_the_markers_it_may_see_and_audits_each_person_shown(string provider, string role)
    {
        await using var database = await TestDatabases.CreateAsync(provider, loadDemo: true);
        await SeedAsync(database);
        var (viewer, notes, persons) = Expected[role];
        await using var scope = database.Scope();
        var search = scope.ServiceProvider.GetRequiredService<SearchRecords>();
        // The marker word and the names are typed in another script than they were written in.
        var (found, refusal) = await search.RunAsync(viewer, "Зорянка", Context);
        Assert.Null(refusal);
        Assert.Equal(notes.Order(StringComparer.Ordinal), found!.Results.Where(r => r.Kind == "note").Select(r => r.Title).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(found.Results, r => r.Kind != "note");

        var before = await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().PersonalDataReads.CountAsync();
        var (named, _) = await search.RunAsync(viewer, "Kovalenko", Context);
        var shown = named!.Results.Where(r => r.Kind == "registry-person").ToList();
        Assert.Equal(persons.Order(StringComparer.Ordinal), shown.Select(r => r.Title).Order(StringComparer.Ordinal));
        var reads = await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().PersonalDataReads.AsNoTracking().OrderBy(r => r.Id).Skip(before).ToListAsync();
        Assert.Equal(shown.Select(r => r.Id).Order(), reads.Select(r => r.RecordId).Order());
        Assert.All(reads, r => Assert.Equal("search", r.Purpose));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Search_follows_every_write_create_update_visibility_and_delete(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, loadDemo: true);
        await SeedAsync(database);
        Note note;
        await using (var scope = database.Scope())
        {
            Assert.Empty(await FindAsync(scope, Actors.Observer, "Lastivka"));
            var created = await scope.ServiceProvider.GetRequiredService<IRecordWriter>()
                .CreateAsync(Actors.Mediator, new Note { Title = "Lastivka", Body = "a new note", WrittenOn = new DateOnly(2025, 8, 1) });
            note = created.Value;
        }
        await using (var scope = database.Scope())
        {
            Assert.Equal([note.Id], (await FindAsync(scope, Actors.Observer, "Ластівка")).Select(r => r.Id));
            var moved = new Note { Title = "Lastivka", Body = "now Veselka only", WrittenOn = note.WrittenOn, Visibility = Visibility.MediatorOnly, Version = note.Version };
            note = (await scope.ServiceProvider.GetRequiredService<IRecordWriter>().UpdateAsync(Actors.Mediator, note.Id, moved)).Value;
        }
        await using (var scope = database.Scope())
        {
            Assert.Empty(await FindAsync(scope, Actors.Observer, "Lastivka"));
            Assert.Empty(await FindAsync(scope, Actors.Mediator, "new note"));
            Assert.Single(await FindAsync(scope, Actors.Mediator, "Веселка"));
            Assert.True((await scope.ServiceProvider.GetRequiredService<IRecordWriter>().DeleteAsync<Note>(Actors.Mediator, note.Id, note.Version)).Succeeded);
        }
        await using (var last = database.Scope())
        {
            Assert.Empty(await FindAsync(last, Actors.Mediator, "Lastivka"));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Search_name_in_ukrainian_or_russian_cyrillic_finds_the_latin_spelled_person(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, loadDemo: true);
        await using var scope = database.Scope();
        foreach (var query in new[] { "Зеленський", "Зеленский", "Zelensky" })
        {
            var results = await FindAsync(scope, Viewer.Anonymous, query);
            Assert.Contains(results, r => r.Kind == "person" && r.Title == "Volodymyr Zelenskyy");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Search_bad_query_is_invalid_naming_the_field(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, loadDemo: false);
        await using var scope = database.Scope();
        var search = scope.ServiceProvider.GetRequiredService<SearchRecords>();
        var (_, blank) = await search.RunAsync(Actors.Mediator, "  ", Context);
        var (_, tooLong) = await search.RunAsync(Actors.Mediator, new string('a', SearchRecords.MaxQuery + 1), Context);
        Assert.Contains("q", blank!.Errors.Keys);
        Assert.Contains("q", tooLong!.Errors.Keys);
    }

    private static async Task<IReadOnlyList<SearchResult>> FindAsync(AsyncServiceScope scope, Viewer viewer, string query)
    {
        var (found, refusal) = await scope.ServiceProvider.GetRequiredService<SearchRecords>().RunAsync(viewer, query, Context);
        Assert.Null(refusal);
        return found!.Results;
    }

    private static async Task SeedAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        var writer = scope.ServiceProvider.GetRequiredService<IRecordWriter>();
        await database.DesignateHostAsync();
        foreach (var (title, visibility, owner) in Markers)
        {
            var actor = owner is null ? Actors.Mediator : owner == "UA" ? Actors.Ua : Actors.Ru;
            var created = await writer.CreateAsync(actor, new Note { Title = title, Body = "Zoryanka is the marker word.", WrittenOn = new DateOnly(2025, 7, 1), Visibility = visibility, OwnerParty = owner });
            Assert.True(created.Succeeded, created.Refusal?.Message);
        }
        var importer = scope.ServiceProvider.GetRequiredService<PersonImporter>();
        Assert.True((await importer.ImportAsync(Officers.Ua, Humanitarian.Lists.UaSought(), new ImportRequest("UA", "ua.csv", "RU"))).Stored);
        Assert.True((await importer.ImportAsync(Officers.Ru, Humanitarian.Lists.RuHeld(), new ImportRequest("RU", "ru.csv"))).Stored);
    }
}
