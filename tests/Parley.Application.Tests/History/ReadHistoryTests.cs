using Microsoft.Extensions.DependencyInjection;
using Parley.Application.History;
using Parley.Application.Outcomes;
using Parley.Application.Talks;
using Parley.Application.Tests.Infrastructure;
using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Application.Tests.History;

/// <summary>History from the one write path, on a real SQLite file and a real PostgreSQL database.</summary>
public sealed class ReadHistoryTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task History_shows_each_version_with_its_changed_fields_and_staff_names_only_to_mediators(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, loadDemo: false);
        var id = await WriteAsync(database, Visibility.Public, Visibility.Public);

        var mediator = await ReadAsync(database, Actors.Mediator, id);
        Assert.Equal([2, 1], mediator.Versions.Select(v => v.Version));
        Assert.True(mediator.Complete);
        Assert.Equal(["update", "create"], mediator.Versions.Select(v => v.Action));
        var change = Assert.Single(mediator.Versions[0].Changes);
        Assert.Equal(new FieldChange("body", "First wording of the ceasefire clause.", "Second wording of the ceasefire clause."), change);
        Assert.Contains(mediator.Versions[1].Changes, c => c is { Field: "title", Before: null, After: "Ceasefire clause" });
        Assert.All(mediator.Versions, v => Assert.Equal("mediator@test", v.By));

        var observer = await ReadAsync(database, Actors.Observer, id);
        Assert.Equal([2, 1], observer.Versions.Select(v => v.Version));
        Assert.All(observer.Versions, v => Assert.Null(v.By));
        Assert.All(observer.Versions, v => Assert.Equal("mediator", v.ByRole));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task History_of_a_record_once_mediator_only_never_shows_that_version_or_diffs_against_it(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, loadDemo: false);
        var id = await WriteAsync(database, Visibility.MediatorOnly, Visibility.Public);

        var observer = await ReadAsync(database, Actors.Observer, id);
        var only = Assert.Single(observer.Versions);
        Assert.Equal(2, only.Version);
        Assert.False(observer.Complete);
        Assert.DoesNotContain(only.Changes, c => c.Before is not null);
        Assert.DoesNotContain(only.Changes, c => c.After?.Contains("First wording", StringComparison.Ordinal) == true);
        Assert.Equal(2, (await ReadAsync(database, Actors.Mediator, id)).Versions.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task History_of_a_party_draft_is_not_found_for_the_other_party_and_the_mediators(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, loadDemo: true);
        Guid id;
        await using (var scope = database.Scope())
        {
            var made = await scope.ServiceProvider.GetRequiredService<IRecordWriter>().CreateAsync(Actors.Ua,
                new Note { Title = "Our fallback", Body = "Only ours.", WrittenOn = new DateOnly(2025, 7, 1), Visibility = Visibility.PartyPrivate, OwnerParty = "UA" });
            id = made.Value.Id;
        }
        await using var read = database.Scope();
        var history = read.ServiceProvider.GetRequiredService<ReadHistory>();
        Assert.Equal(OutcomeStatus.NotFound, (await history.RunAsync(Actors.Ru, id)).Refusal?.Status);
        Assert.Equal(OutcomeStatus.NotFound, (await history.RunAsync(Actors.Mediator, id)).Refusal?.Status);
        Assert.Equal(OutcomeStatus.NotFound, (await history.RunAsync(Actors.Observer, id)).Refusal?.Status);
        var own = (await history.RunAsync(Actors.Ua, id)).Value;
        Assert.Equal("ua@test", Assert.Single(own.Versions).By);
    }

    private static async Task<Guid> WriteAsync(TestDatabase database, Visibility first, Visibility second)
    {
        await using var scope = database.Scope();
        var writer = scope.ServiceProvider.GetRequiredService<IRecordWriter>();
        var made = (await writer.CreateAsync(Actors.Mediator, new Note { Title = "Ceasefire clause", Body = "First wording of the ceasefire clause.", WrittenOn = new DateOnly(2025, 7, 1), Visibility = first })).Value;
        var changed = await writer.UpdateAsync(Actors.Mediator, made.Id, new Note { Title = "Ceasefire clause", Body = "Second wording of the ceasefire clause.", WrittenOn = new DateOnly(2025, 7, 1), Visibility = second, Version = made.Version });
        Assert.True(changed.Succeeded, changed.Refusal?.Message);
        return made.Id;
    }

    private static async Task<RecordHistory> ReadAsync(TestDatabase database, Viewer viewer, Guid id)
    {
        await using var scope = database.Scope();
        var (history, refusal) = await scope.ServiceProvider.GetRequiredService<ReadHistory>().RunAsync(viewer, id);
        Assert.Null(refusal);
        return history!;
    }
}
