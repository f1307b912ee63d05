using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>The negotiating text: the chair writes; reads follow the text's visibility (shared, mediator-only, public).</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly ConditionalWeakTable<ParleyApp, Task<Guid>> SharedTexts = [];
    private static readonly ConditionalWeakTable<ParleyApp, Task<Guid>> MediatorTexts = [];
    private static readonly ConditionalWeakTable<ParleyApp, Task<Guid>> PublicTexts = [];

    private static void AddTextCases(Dictionary<string, Case> cases)
    {
        int[] chair = [Ok, Ok, Forbidden, Forbidden, Forbidden, Unauthorized, Forbidden, Forbidden, Forbidden];
        int[] chairCreates = [Created, Created, Forbidden, Forbidden, Forbidden, Unauthorized, Forbidden, Forbidden, Forbidden];
        int[] shared = [Ok, Ok, Ok, Ok, NotFound, NotFound, Ok, Ok, Ok];
        int[] mediatorOnly = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound];
        int[] everyone = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok];

        cases["GET /api/texts"] = new((_, c) => Get(c, "/api/texts"), everyone);
        cases["POST /api/texts"] = new((_, c) => PostText(c, "/api/texts?round=1", Draft()), chairCreates);
        cases["POST /api/texts (DOCX)"] = new(async (a, c) => await PostText(c, "/api/texts", await DocxAsync(a), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), chairCreates);
        cases["POST /api/texts/{id}/versions"] = new(async (a, c) =>
        {
            var id = await NewTextAsync(a, "Shared");
            return await PostText(c, $"/api/texts/{id}/versions?expectedVersion=1&round=2", Draft("full"));
        }, chairCreates);
        cases["PUT /api/texts/{id}/clauses/{n}"] = new(async (a, c) =>
        {
            var id = await NewTextAsync(a, "Shared");
            return await c.PutAsJsonAsync(new Uri($"/api/texts/{id}/clauses/1.1", UriKind.Relative), new { wording = "The Parties shall observe a ceasefire.", expectedVersion = 1 });
        }, chair);

        cases["GET /api/texts/{shared}/proposals"] = new(async (a, c) => await Get(c, $"/api/texts/{await SharedTexts.GetValue(a, x => NewTextAsync(x, "Shared", versions: 2))}/proposals"), shared);
        cases["POST /api/texts/{id}/proposals"] = new(async (a, c) => await Post(c, $"/api/texts/{await SharedTexts.GetValue(a, x => NewTextAsync(x, "Shared", versions: 2))}/proposals",
            new { clause = "2.1", wording = "All for all, the wounded first." }), Forbidden, Forbidden, Created, Created, Forbidden, Unauthorized, Forbidden, Forbidden, Forbidden);
        cases["POST /api/texts/proposals/{UA draft}/submit"] = new(async (a, c) => await Post(c, $"/api/texts/proposals/{await ProposalAsync(a, submit: false)}/submit", new { expectedVersion = 1 }),
            NotFound, NotFound, Ok, NotFound, Forbidden, Unauthorized, Forbidden, Forbidden, Forbidden);
        cases["POST /api/texts/proposals/{UA submitted}/fold"] = new(async (a, c) => await Post(c, $"/api/texts/proposals/{await ProposalAsync(a, submit: true)}/fold", new { expectedVersion = 1 }), chair);

        cases["GET /api/texts/{shared}/agreement"] = new(async (a, c) => await Get(c, $"/api/texts/{await SharedTexts.GetValue(a, x => NewTextAsync(x, "Shared", versions: 2))}/agreement"), shared);
        cases["GET /api/texts/{shared}/initials.txt"] = new(async (a, c) => await Get(c, $"/api/texts/{await SharedTexts.GetValue(a, x => NewTextAsync(x, "Shared", versions: 2))}/initials.txt"), shared);
        // A note that is not signed: who reaches the verifier (400) and who is stopped first.
        cases["POST /api/texts/{shared}/initials"] = new(async (a, c) =>
        {
            using var content = new ByteArrayContent("not a note"u8.ToArray());
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            return await c.PostAsync(new Uri($"/api/texts/{await SharedTexts.GetValue(a, x => NewTextAsync(x, "Shared", versions: 2))}/initials", UriKind.Relative), content);
        }, BadRequest, BadRequest, BadRequest, BadRequest, Forbidden, Unauthorized, Forbidden, Forbidden, Forbidden);

        cases["GET /texts (page)"] = new((_, c) => Get(c, "/texts"), everyone) { OneTimePassword = 302 };
        cases["GET /texts/{shared} (page)"] = new(async (a, c) => await Get(c, $"/texts/{await SharedTexts.GetValue(a, x => NewTextAsync(x, "Shared", versions: 2))}?version=1&compare=2&clause=1.1"), shared)
            { OneTimePassword = 302 };
        cases["GET /texts/{mediator-only} (page)"] = new(async (a, c) => await Get(c, $"/texts/{await MediatorTexts.GetValue(a, x => NewTextAsync(x, "MediatorOnly", versions: 2))}"), mediatorOnly)
            { OneTimePassword = 302 };

        foreach (var (name, visibility, expected) in new (string, string, int[])[] { ("shared", "Shared", shared), ("mediator-only", "MediatorOnly", mediatorOnly), ("public", "Public", everyone) })
        {
            // The tables are looked up on each call: static fields of another partial file may not be set yet here.
            Task<Guid> Text(ParleyApp a) => (visibility switch { "Shared" => SharedTexts, "MediatorOnly" => MediatorTexts, _ => PublicTexts })
                .GetValue(a, x => NewTextAsync(x, visibility, versions: 2));
            cases[$"GET /api/texts/{{{name}}}"] = new(async (a, c) => await Get(c, $"/api/texts/{await Text(a)}?version=1"), expected);
            cases[$"GET /api/texts/{{{name}}}/redline"] = new(async (a, c) => await Get(c, $"/api/texts/{await Text(a)}/redline?from=1&to=2"), expected);
            cases[$"GET /api/texts/{{{name}}}/clauses/1.1/history"] = new(async (a, c) => await Get(c, $"/api/texts/{await Text(a)}/clauses/1.1/history"), expected);
            cases[$"GET /api/texts/{{{name}}}/progress"] = new(async (a, c) => await Get(c, $"/api/texts/{await Text(a)}/progress"), expected);
            foreach (var format in new[] { "text", "akn", "docx", "pdf" })
                cases[$"GET /api/texts/{{{name}}}/export?format={format}"] = new(async (a, c) => await Get(c, $"/api/texts/{await Text(a)}/export?format={format}&lang=uk"), expected);
        }
    }

    private static byte[] Draft(string ceasefire = "[UA: full | RU: limited]") => Encoding.UTF8.GetBytes(
        $"# Memorandum {Unique()}\n\n## Article 1. Ceasefire\nThe Parties shall observe a {ceasefire} ceasefire.\n\n## Article 2. Prisoners\nAll for all.\n");

    private static async Task<HttpResponseMessage> PostText(HttpClient client, string path, byte[] file, string type = "text/markdown")
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>A new text made by the mediator, with <paramref name="versions"/> versions.</summary>
    private static async Task<Guid> NewTextAsync(ParleyApp app, string visibility, int versions = 1)
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var created = await PostText(mediator, $"/api/texts?visibility={visibility}&round=1", Draft());
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        for (var v = 2; v <= versions; v++)
            Assert.Equal(System.Net.HttpStatusCode.Created, (await PostText(mediator, $"/api/texts/{id}/versions?expectedVersion={v - 1}&round={v}", Draft("full"))).StatusCode);
        return id;
    }

    /// <summary>A new shared text with a UA proposal for its clause 1.1 bracket, drafted (and submitted when asked).</summary>
    private static async Task<Guid> ProposalAsync(ParleyApp app, bool submit)
    {
        var text = await NewTextAsync(app, "Shared");
        var ua = await app.ClientAsync(TestRole.DelegationUa);
        var drafted = await Post(ua, $"/api/texts/{text}/proposals", new { clause = "1.1", bracket = 1, wording = "comprehensive" });
        Assert.Equal(System.Net.HttpStatusCode.Created, drafted.StatusCode);
        var id = (await drafted.JsonAsync()).GetProperty("id").GetGuid();
        if (submit)
            Assert.Equal(System.Net.HttpStatusCode.OK, (await Post(ua, $"/api/texts/proposals/{id}/submit", new { expectedVersion = 1 })).StatusCode);
        return id;
    }

    private static async Task<byte[]> DocxAsync(ParleyApp app)
    {
        var id = await SharedTexts.GetValue(app, x => NewTextAsync(x, "Shared", versions: 2));
        var response = await (await app.ClientAsync(TestRole.Mediator)).GetAsync(new Uri($"/api/texts/{id}/export?format=docx&version=1", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
