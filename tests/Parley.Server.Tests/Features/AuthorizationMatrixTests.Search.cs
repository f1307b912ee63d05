using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>Search is open to every reader (each sees only what they may); a query is required. History follows its record's visibility.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static void AddSearchCases(Dictionary<string, Case> cases)
    {
        int[] everyone = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok];
        cases["GET /api/search?q="] = new((_, c) => Get(c, "/api/search?q=%D0%BF%D0%BE%D0%BB%D0%BE%D0%BD%D0%B5%D0%BD%D1%96"), everyone);
        cases["GET /api/search (no q)"] = new((_, c) => Get(c, "/api/search"), 400, 400, 400, 400, 400, 400, 400, 400, 400);
        cases["GET /search?q= (page)"] = new((_, c) => Get(c, "/search?q=Zelensky"), everyone) { OneTimePassword = 302 };

        // History follows the record's own visibility: a draft only for its party, mediator-only only for mediators.
        cases["GET /api/history/{round}"] = new(async (a, c) => await Get(c, $"/api/history/{await FirstIdAsync(a, TestRole.Anonymous, "/api/rounds")}"), everyone);
        cases["GET /api/history/{UA draft}"] = new(async (a, c) => await Get(c, $"/api/history/{await UaDraftAsync(a)}"), NotFound, NotFound, Ok, NotFound, NotFound, NotFound, Ok, NotFound, NotFound);
        cases["GET /api/history/{mediator-only}"] = new(async (a, c) => await Get(c, $"/api/history/{await FirstIdAsync(a, TestRole.Mediator, "/api/notes", e => e.GetProperty("visibility").GetString() == "MediatorOnly")}"),
            Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound);
        cases["GET /api/history/{unknown}"] = new((_, c) => Get(c, $"/api/history/{Guid.NewGuid()}"), NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound);
        cases["GET /history/{round} (page)"] = new(async (a, c) => await Get(c, $"/history/{await FirstIdAsync(a, TestRole.Anonymous, "/api/rounds")}"), everyone) { OneTimePassword = 302 };
        cases["GET /history/{mediator-only} (page)"] = new(async (a, c) => await Get(c, $"/history/{await FirstIdAsync(a, TestRole.Mediator, "/api/notes", e => e.GetProperty("visibility").GetString() == "MediatorOnly")}"),
            Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound) { OneTimePassword = 302 };
    }
}
