using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>A round's minutes: the chair writes; reads follow the round's visibility; a party's delegation hands in signatures.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly ConditionalWeakTable<ParleyApp, Task<Guid>> PublicMinutes = [];
    private static readonly ConditionalWeakTable<ParleyApp, Task<Guid>> MediatorMinutes = [];
    private static readonly string[] MinutesOutcomes = ["Agreed to meet again"];

    private static void AddMinutesCases(Dictionary<string, Case> cases)
    {
        int[] everyone = [Ok, Ok, Ok, Ok, Ok, Ok];
        int[] mediatorOnly = [Ok, Ok, NotFound, NotFound, NotFound, NotFound];
        Task<Guid> Public(ParleyApp a) => PublicMinutes.GetValue(a, x => RoundWithMinutesAsync(x, "Public"));
        Task<Guid> Closed(ParleyApp a) => MediatorMinutes.GetValue(a, x => RoundWithMinutesAsync(x, "MediatorOnly"));

        foreach (var (name, round, expected) in new (string, Func<ParleyApp, Task<Guid>>, int[])[] { ("public", Public, everyone), ("mediator-only", Closed, mediatorOnly) })
        {
            cases[$"GET /api/rounds/{{{name}}}/minutes"] = new(async (a, c) => await Get(c, $"/api/rounds/{await round(a)}/minutes"), expected);
            cases[$"GET /api/rounds/{{{name}}}/minutes/draft"] = new(async (a, c) => await Get(c, $"/api/rounds/{await round(a)}/minutes/draft?lang=uk"), expected);
            cases[$"GET /api/rounds/{{{name}}}/minutes/statement.txt"] = new(async (a, c) => await Get(c, $"/api/rounds/{await round(a)}/minutes/statement.txt"), expected);
            foreach (var format in new[] { "pdf", "docx", "text" })
                cases[$"GET /api/rounds/{{{name}}}/minutes/export?format={format}"] = new(async (a, c) => await Get(c, $"/api/rounds/{await round(a)}/minutes/export?format={format}&lang=ru"), expected);
            cases[$"GET /rounds/{{{name}}}/minutes (page)"] = new(async (a, c) => await Get(c, $"/rounds/{await round(a)}/minutes"), expected) { OneTimePassword = 302 };
        }
        cases["PUT /api/rounds/{id}/minutes"] = new(async (a, c) =>
        {
            var (id, _) = await (await a.ClientAsync(TestRole.Mediator)).CreateAsync("/api/rounds", Bodies.Round());
            return await c.PutAsJsonAsync(new Uri($"/api/rounds/{id}/minutes", UriKind.Relative), new { text = "# Minutes\n- Agreed.\n", language = "en", expectedVersion = 0 });
        }, Ok, Ok, Forbidden, Forbidden, Forbidden, Unauthorized);
        // A note that is not signed: who reaches the verifier (400) and who is stopped first.
        cases["POST /api/rounds/{public}/minutes/signatures"] = new(async (a, c) =>
        {
            using var content = new ByteArrayContent("not a note"u8.ToArray());
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            return await c.PostAsync(new Uri($"/api/rounds/{await Public(a)}/minutes/signatures", UriKind.Relative), content);
        }, BadRequest, BadRequest, BadRequest, BadRequest, Forbidden, Unauthorized);
    }

    /// <summary>A new round of that visibility whose minutes the mediator has saved once.</summary>
    private static async Task<Guid> RoundWithMinutesAsync(ParleyApp app, string visibility)
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var (id, _) = await mediator.CreateAsync("/api/rounds", new
        {
            number = 9, venue = "Çırağan Palace", startsOn = "2025-09-10", visibility,
            delegations = new[] { new { party = "UA", members = Array.Empty<Guid>() } }, outcomes = MinutesOutcomes,
        });
        var saved = await mediator.PutAsJsonAsync(new Uri($"/api/rounds/{id}/minutes", UriKind.Relative), new { text = "# Minutes\n- Agreed to meet again.\n", language = "en", expectedVersion = 0 });
        Assert.Equal(System.Net.HttpStatusCode.OK, saved.StatusCode);
        return id;
    }
}
