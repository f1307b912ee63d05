using System.Net.Http.Json;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

public sealed partial class AuthorizationMatrixTests
{
    private const int Ok = 200, Created = 201, NoContent = 204, Unauthorized = 401, Forbidden = 403, NotFound = 404;

    private static readonly int[] EveryoneReads = [Ok, Ok, Ok, Ok, Ok, Ok];
    private static readonly int[] MediatorsWrite = [Created, Created, Forbidden, Forbidden, Forbidden, Unauthorized];

    private static readonly string[] Kinds = ["parties", "persons", "rounds", "summits", "deadlines", "positions", "statements", "incidents", "figures", "notes"];

    private static Dictionary<string, Case> Cases { get; } = BuildCases();

    private static Dictionary<string, Case> BuildCases()
    {
        var cases = new Dictionary<string, Case>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            cases[$"GET /api/{kind}"] = new((_, c) => Get(c, $"/api/{kind}"), EveryoneReads);
            cases[$"POST /api/{kind}"] = new((_, c) => Post(c, $"/api/{kind}", PublicBody(kind)), MediatorsWrite);
        }
        cases["GET /api/rounds/{id}"] = new(async (a, c) => await Get(c, $"/api/rounds/{await FirstIdAsync(a, TestRole.Anonymous, "/api/rounds")}"), EveryoneReads);
        cases["GET /api/notes/{UA draft}"] = new(async (a, c) => await Get(c, $"/api/notes/{await UaDraftAsync(a)}"), NotFound, NotFound, Ok, NotFound, NotFound, NotFound, Ok, NotFound, NotFound);
        cases["GET /api/notes/{mediator-only}"] = new(async (a, c) => await Get(c, $"/api/notes/{await FirstIdAsync(a, TestRole.Mediator, "/api/notes", e => e.GetProperty("visibility").GetString() == "MediatorOnly")}"),
            Ok, Ok, NotFound, NotFound, NotFound, NotFound);
        cases["GET /api/notes/{shared}"] = new(async (a, c) => await Get(c, $"/api/notes/{await FirstIdAsync(a, TestRole.Mediator, "/api/notes", e => e.GetProperty("visibility").GetString() == "Shared")}"),
            Ok, Ok, Ok, Ok, NotFound, NotFound, Ok, Ok, Ok);
        cases["GET /api/timeline"] = new((_, c) => Get(c, "/api/timeline?party=UA&kind=round"), EveryoneReads);
        cases["GET /api/dashboard"] = new((_, c) => Get(c, "/api/dashboard"), EveryoneReads);
        cases["GET /api/matrix"] = new((_, c) => Get(c, "/api/matrix?asOf=2025-07-31"), EveryoneReads);
        cases["GET /calendar.ics"] = new((_, c) => Get(c, "/calendar.ics"), EveryoneReads);
        cases["GET /api/account/me"] = new((_, c) => Get(c, "/api/account/me"), EveryoneReads) { OneTimePassword = Ok };
        cases["GET /api/account/totp"] = new((_, c) => Get(c, "/api/account/totp"), Ok, Ok, Ok, Ok, Ok, Unauthorized, Ok, Ok, Ok);
        cases["GET / (page)"] = new((_, c) => Get(c, "/"), Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok) { OneTimePassword = 302 };
        cases["GET /account/password (page)"] = new((_, c) => Get(c, "/account/password"), Ok, Ok, Ok, Ok, Ok, 302, Ok, Ok, Ok) { OneTimePassword = Ok };
        cases["GET /openapi/v1.json"] = new((_, c) => Get(c, "/openapi/v1.json"), EveryoneReads);
        cases["GET /api/audit"] = new((_, c) => Get(c, "/api/audit"), Ok, Ok, Forbidden, Forbidden, Forbidden, Unauthorized);
        cases["GET /api/users"] = new((_, c) => Get(c, "/api/users"), Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized);
        cases["POST /api/users"] = new((_, c) => Post(c, "/api/users", new { email = $"new{Unique()}@parley.test", role = "observer" }),
            Created, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized);
        cases["POST /api/notes (UA draft)"] = new((_, c) => Post(c, "/api/notes", Bodies.Draft("UA")), Forbidden, Forbidden, Created, Forbidden, Forbidden, Unauthorized);
        cases["POST /api/positions (RU draft)"] = new((_, c) => Post(c, "/api/positions", new
        {
            party = "RU", issue = "Sanctions", statedOn = "2025-08-01", stance = -2, summary = "Draft", visibility = "PartyPrivate", ownerParty = "RU",
        }), Forbidden, Forbidden, Forbidden, Created, Forbidden, Unauthorized);
        cases["PUT /api/rounds/{id}"] = new(async (a, c) =>
        {
            var (id, version) = await (await a.ClientAsync(TestRole.Mediator)).CreateAsync("/api/rounds", Bodies.Round());
            return await c.PutAsJsonAsync(new Uri($"/api/rounds/{id}", UriKind.Relative), WithVersion(Bodies.Round(), version));
        }, Ok, Ok, Forbidden, Forbidden, Forbidden, Unauthorized);
        cases["DELETE /api/rounds/{id}"] = new(async (a, c) =>
        {
            var (id, version) = await (await a.ClientAsync(TestRole.Mediator)).CreateAsync("/api/rounds", Bodies.Round());
            return await c.DeleteAsync(new Uri($"/api/rounds/{id}?version={version}", UriKind.Relative));
        }, NoContent, NoContent, Forbidden, Forbidden, Forbidden, Unauthorized);
        cases["PUT /api/notes/{UA draft}"] = new(async (a, c) =>
        {
            var (id, version) = await (await a.ClientAsync(TestRole.DelegationUa)).CreateAsync("/api/notes", Bodies.Draft("UA"));
            return await c.PutAsJsonAsync(new Uri($"/api/notes/{id}", UriKind.Relative), WithVersion(Bodies.Draft("UA", "Edited"), version));
        }, NotFound, NotFound, Ok, NotFound, Forbidden, Unauthorized);
        cases["DELETE /api/notes/{UA draft}"] = new(async (a, c) =>
        {
            var (id, version) = await (await a.ClientAsync(TestRole.DelegationUa)).CreateAsync("/api/notes", Bodies.Draft("UA"));
            return await c.DeleteAsync(new Uri($"/api/notes/{id}?version={version}", UriKind.Relative));
        }, NotFound, NotFound, NoContent, NotFound, Forbidden, Unauthorized);
        AddHumanitarianCases(cases);
        AddTextCases(cases);
        AddMinutesCases(cases);
        AddSearchCases(cases);
        return cases;
    }

    private static async Task<Guid> UaDraftAsync(ParleyApp app) =>
        await FirstIdAsync(app, TestRole.DelegationUa, "/api/notes", e => e.GetProperty("visibility").GetString() == "PartyPrivate");

    private static Dictionary<string, object?> WithVersion(object body, int version)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToElement(body);
        var result = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        result["version"] = version;
        return result;
    }

    private static object PublicBody(string kind) => kind switch
    {
        "parties" => new { code = PartyCode(), name = "Party " + Unique() },
        "persons" => new { name = "Person " + Unique(), party = "TR", isPublicFigure = true },
        "rounds" => Bodies.Round(),
        "summits" => new
        {
            title = "Leaders' meeting", proposerParty = "TR", proposedOn = "2025-08-01", format = "Four-way",
            window = new { statedAs = "by end of September", to = "2025-09-30" },
        },
        "deadlines" => new
        {
            title = "Deadline", issuerParty = "US", targetParty = "RU", demand = "A deal", consequence = "Tariffs",
            revisions = new[] { new { statedOn = "2025-08-01", statedAs = "in 30 days", days = 30 } },
        },
        "positions" => new { party = "UA", issue = "Ceasefire", statedOn = "2025-08-01", stance = 2, summary = "Ceasefire first" },
        "statements" => Bodies.Statement(),
        "incidents" => new
        {
            occurredOn = "2025-08-02", place = "Kharkiv", type = "DroneAttack", reportedBy = "Test", summary = "Test incident",
            casualtyClaims = new[] { new { claimedBy = "UA", injured = 1, source = "test" } },
        },
        "figures" => new { subject = "Figure " + Unique(), unit = "persons", claims = new[] { new { party = "UA", value = 1, asOf = "2025-08-01", source = "test" } } },
        "notes" => new { title = "Shared note", body = "Body", writtenOn = "2025-08-01", visibility = "Shared" },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string PartyCode()
    {
        var n = Interlocked.Increment(ref _unique);
        return $"{(char)('A' + (n / 26 % 26))}{(char)('A' + (n % 26))}";
    }
}
