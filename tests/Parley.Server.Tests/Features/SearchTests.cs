using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Talks;
using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary><c>GET /api/search</c> through the real sign-in of each role: exactly the marker records that role may see.</summary>
public sealed class SearchTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private static readonly (string Title, Visibility Visibility, string? Owner)[] Markers =
    [
        ("Dzvinka public", Visibility.Public, null),
        ("Dzvinka shared", Visibility.Shared, null),
        ("Dzvinka mediator-only", Visibility.MediatorOnly, null),
        ("Dzvinka UA draft", Visibility.PartyPrivate, "UA"),
        ("Dzvinka RU draft", Visibility.PartyPrivate, "RU"),
    ];

    public static TheoryData<TestRole, string[]> Expected() => new()
    {
        { TestRole.Administrator, ["Dzvinka mediator-only", "Dzvinka public", "Dzvinka shared"] },
        { TestRole.Mediator, ["Dzvinka mediator-only", "Dzvinka public", "Dzvinka shared"] },
        { TestRole.DelegationUa, ["Dzvinka UA draft", "Dzvinka public", "Dzvinka shared"] },
        { TestRole.DelegationRu, ["Dzvinka RU draft", "Dzvinka public", "Dzvinka shared"] },
        { TestRole.Observer, ["Dzvinka public"] },
        { TestRole.Anonymous, ["Dzvinka public"] },
        { TestRole.HumanitarianUa, ["Dzvinka UA draft", "Dzvinka public", "Dzvinka shared"] },
        { TestRole.HumanitarianRu, ["Dzvinka RU draft", "Dzvinka public", "Dzvinka shared"] },
        { TestRole.HumanitarianHost, ["Dzvinka public", "Dzvinka shared"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Search_role_gets_exactly_the_markers_it_may_see(TestRole role, string[] expected)
    {
        await SeedAsync();
        var client = await app.ClientAsync(role);
        // Typed in Ukrainian Cyrillic; the records spell it in Latin.
        var body = await client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("Дзвінка"));
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r =>
        {
            foreach (var field in Fields)
                Assert.Equal(JsonValueKind.String, r.GetProperty(field).ValueKind);
        });
        Assert.Equal(expected, results.Select(r => r.GetProperty("title").GetString()!).Order(StringComparer.Ordinal));
    }

    private static readonly string[] Fields = ["kind", "id", "title", "url"];

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly HashSet<ParleyApp> Seeded = [];

    private async Task SeedAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (!Seeded.Add(app))
                return;
            await using var scope = app.Services.CreateAsyncScope();
            var writer = scope.ServiceProvider.GetRequiredService<IRecordWriter>();
            foreach (var (title, visibility, owner) in Markers)
            {
                var actor = owner is null ? new Viewer(ParleyRole.Mediator, null, "m", "m") : new Viewer(ParleyRole.Delegation, owner, "d", "d");
                var made = await writer.CreateAsync(actor, new Note { Title = title, Body = "a marker", WrittenOn = new DateOnly(2025, 7, 1), Visibility = visibility, OwnerParty = owner });
                Assert.True(made.Succeeded, made.Refusal?.Message);
            }
        }
        finally
        {
            Once.Release();
        }
    }
}
