using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data;
using Parley.Ledger.Notes;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>
/// The humanitarian track's endpoints: personal data only for the officers the rules name (after their second
/// factor), keys and the read trail for administrators.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private const int BadRequest = 400;

    private static readonly ConditionalWeakTable<ParleyApp, Task<Guid>> Batches = [];

    private static void AddHumanitarianCases(Dictionary<string, Case> cases)
    {
        int[] officers = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized, Ok, Ok, Ok];
        int[] uaAndHost = [NotFound, NotFound, NotFound, NotFound, NotFound, Unauthorized, Ok, NotFound, Ok];
        int[] hostOnly = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized, Forbidden, Forbidden, Ok];
        int[] administrators = [Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized, Forbidden, Forbidden, Forbidden];

        cases["GET /api/humanitarian/persons"] = new((_, c) => Get(c, "/api/humanitarian/persons"), officers);
        cases["GET /api/humanitarian/persons/{UA}"] = new(async (a, c) => await Get(c, $"/api/humanitarian/persons/{await UaPersonAsync(a)}"), uaAndHost);
        cases["POST /api/humanitarian/lists/preview (UA)"] = new((_, c) => PostFile(c, "/api/humanitarian/lists/preview?party=UA&heldBy=RU", UaList()),
            Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized, Ok, Forbidden, Ok);
        cases["POST /api/humanitarian/lists (UA)"] = new((_, c) => PostFile(c, "/api/humanitarian/lists?party=UA&heldBy=RU", UaList()),
            Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized, Created, Forbidden, Created);
        cases["POST /api/humanitarian/persons/{UA}/correction"] = new(async (a, c) => await Post(c, $"/api/humanitarian/persons/{await UaPersonAsync(a)}/correction",
            new { version = 1, fields = new Dictionary<string, string> { ["rank"] = "sergeant" }, reason = "rank confirmed" }), uaAndHost);
        cases["POST /api/humanitarian/persons/{UA}/erasure"] = new(async (a, c) => await Post(c, $"/api/humanitarian/persons/{await UaPersonAsync(a)}/erasure",
            new { version = 1, reason = "asked to be removed" }), uaAndHost);
        cases["POST /api/humanitarian/links/run"] = new((_, c) => Post(c, "/api/humanitarian/links/run", new { left = "UA", right = "RU" }), hostOnly);
        cases["GET /api/humanitarian/review"] = new((_, c) => Get(c, "/api/humanitarian/review"), hostOnly);
        cases["GET /api/humanitarian/matched"] = new((_, c) => Get(c, "/api/humanitarian/matched"), hostOnly);
        cases["GET /api/humanitarian/links"] = new((_, c) => Get(c, "/api/humanitarian/links?decidedBy=engine&lacks=no-date-of-birth&random=50"), hostOnly);
        int[] hostOnlyUnknownPair = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized, Forbidden, Forbidden, NotFound];
        cases["GET /api/humanitarian/links/{id}"] = new((_, c) => Get(c, $"/api/humanitarian/links/{Guid.NewGuid()}"), hostOnlyUnknownPair);
        cases["POST /api/humanitarian/links/{id}/revision"] = new((_, c) => Post(c, $"/api/humanitarian/links/{Guid.NewGuid()}/revision",
            new { version = 1, status = "Rejected", reason = "two different men" }), hostOnlyUnknownPair);

        cases["GET /api/exchanges"] = new((_, c) => Get(c, "/api/exchanges"), Ok, Ok, Ok, Ok, Ok, Unauthorized, Ok, Ok, Ok);
        cases["POST /api/exchanges"] = new((_, c) => Post(c, "/api/exchanges", BatchBody()),
            Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized, Forbidden, Forbidden, Created);
        int[] batchReaders = [NotFound, NotFound, NotFound, NotFound, NotFound, Unauthorized, Ok, Ok, Ok];
        cases["GET /api/exchanges/{id}"] = new(async (a, c) => await Get(c, $"/api/exchanges/{await BatchAsync(a)}"), batchReaders);
        cases["GET /api/exchanges/{id}/manifest.txt"] = new(async (a, c) => await Get(c, $"/api/exchanges/{await BatchAsync(a)}/manifest.txt"), batchReaders);
        cases["GET /api/exchanges/{id}/manifest.pdf"] = new(async (a, c) => await Get(c, $"/api/exchanges/{await BatchAsync(a)}/manifest.pdf"), batchReaders);

        cases["GET /api/children"] = new((_, c) => Get(c, "/api/children"), officers);
        cases["GET /api/children/counts"] = new((_, c) => Get(c, "/api/children/counts"), Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok);
        cases["POST /api/children (UA)"] = new((_, c) => Post(c, "/api/children", ChildBody()),
            Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized, Created, Forbidden, Created);
        cases["POST /api/children/{UA}/status"] = new(async (a, c) => await Post(c, $"/api/children/{await UaCaseAsync(a)}/status",
            new { version = 1, status = "Identified" }), uaAndHost);
        cases["POST /api/children/{UA}/status (refused step)"] = new(async (a, c) => await Post(c, $"/api/children/{await UaCaseAsync(a)}/status",
            new { version = 1, status = "Reunited" }), NotFound, NotFound, NotFound, NotFound, NotFound, Unauthorized, BadRequest, NotFound, BadRequest);
        cases["POST /api/children/{UA}/correction"] = new(async (a, c) => await Post(c, $"/api/children/{await UaCaseAsync(a)}/correction",
            new { version = 1, familyName = "Мельник", givenName = "Софія", dateOfBirth = "2014-06-02", reason = "birth certificate" }), uaAndHost);
        cases["POST /api/children/{UA}/erasure"] = new(async (a, c) => await Post(c, $"/api/children/{await UaCaseAsync(a)}/erasure",
            new { version = 1, reason = "family asked" }), uaAndHost);

        cases["GET /api/keys"] = new((_, c) => Get(c, "/api/keys"), Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok);
        cases["POST /api/keys"] = new((_, c) => Post(c, "/api/keys", new { party = "UA", verifierKey = NewVerifierKey() }),
            Created, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized, Forbidden, Forbidden, Forbidden);
        cases["POST /api/keys/{id}/revoke"] = new(async (a, c) => await c.PostAsJsonAsync(new Uri($"/api/keys/{await KeyAsync(a)}/revoke", UriKind.Relative), new { }), administrators);
        cases["GET /api/users/author"] = new((_, c) => Get(c, "/api/users/author?pseudonym=humanitarian/UA/0123456789ab"), administrators);
        cases["GET /api/designations"] = new((_, c) => Get(c, "/api/designations"), Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok);
        cases["GET /api/designations/statement"] = new((_, c) => Get(c, "/api/designations/statement?party=UA&host=staff"), Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok);
        // The authority is the party key's signature; submitters are administrators and officers (an unsigned body: 400).
        cases["POST /api/designations (unsigned)"] = new((_, c) => PostNote(c, "/api/designations"),
            BadRequest, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized, BadRequest, BadRequest, BadRequest);
        cases["POST /api/designations/revocations (unsigned)"] = new((_, c) => PostNote(c, "/api/designations/revocations"),
            BadRequest, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized, BadRequest, BadRequest, BadRequest);
        cases["GET /api/audit/personal-data"] = new((_, c) => Get(c, "/api/audit/personal-data"), administrators);
    }

    private static object BatchBody() => new
    {
        name = "Batch " + Unique(),
        firstParty = "UA",
        secondParty = "RU",
        terms = new[] { new { category = "military", firstCount = 1, secondCount = 1 } },
    };

    private static object ChildBody() => new { party = "UA", familyName = "Мельник", givenName = "Софія", dateOfBirth = "2014-05-02" };

    private static string NewVerifierKey()
    {
        using var signer = NoteSigner.Generate("ua-officer-" + Unique());
        return signer.Verifier.ToString();
    }

    /// <summary>A one-person UA list, different each call (the same file cannot be filed twice).</summary>
    private static byte[] UaList() => Encoding.UTF8.GetBytes(
        $"id,family_name,given_name,patronymic,date_of_birth,sex,category\nM-{Unique()},Шевченко,Олександр,Іванович,1994-03-12,M,military\n");

    private static async Task<HttpResponseMessage> PostNote(HttpClient client, string path)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("parley/signed/v1\nkind host-designation\nparty UA\nhost staff\n"));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static async Task<HttpResponseMessage> PostFile(HttpClient client, string path, byte[] file)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>A fresh UA person (version 1), filed by UA's officer.</summary>
    private static async Task<Guid> UaPersonAsync(ParleyApp app)
    {
        var filed = await PostFile(await app.ClientAsync(TestRole.HumanitarianUa), "/api/humanitarian/lists?party=UA&heldBy=RU", UaList());
        var listId = (await filed.JsonAsync()).GetProperty("listId").GetGuid();
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().RegistryPersons.Where(p => p.ListId == listId).Select(p => p.Id).SingleAsync();
    }

    /// <summary>A fresh UA child's case (version 1).</summary>
    private static async Task<Guid> UaCaseAsync(ParleyApp app) =>
        (await (await app.ClientAsync(TestRole.HumanitarianUa)).CreateAsync("/api/children", ChildBody())).Id;

    private static Task<Guid> BatchAsync(ParleyApp app) => Batches.GetValue(app, async a =>
    {
        var created = await (await a.ClientAsync(TestRole.HumanitarianHost)).PostAsJsonAsync(new Uri("/api/exchanges", UriKind.Relative), BatchBody());
        return (await created.JsonAsync()).GetProperty("batchId").GetGuid();
    });

    private static async Task<Guid> KeyAsync(ParleyApp app)
    {
        var registered = await (await app.ClientAsync(TestRole.Administrator)).PostAsJsonAsync(new Uri("/api/keys", UriKind.Relative), new { party = "UA", verifierKey = NewVerifierKey() });
        return (await registered.JsonAsync()).GetProperty("id").GetGuid();
    }
}
