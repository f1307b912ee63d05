namespace Parley.Server.Tests.Features;

/// <summary>Search is open to every reader (each sees only what they may); a query is required.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static void AddSearchCases(Dictionary<string, Case> cases)
    {
        int[] everyone = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok];
        cases["GET /api/search?q="] = new((_, c) => Get(c, "/api/search?q=%D0%BF%D0%BE%D0%BB%D0%BE%D0%BD%D0%B5%D0%BD%D1%96"), everyone);
        cases["GET /api/search (no q)"] = new((_, c) => Get(c, "/api/search"), 400, 400, 400, 400, 400, 400, 400, 400, 400);
        cases["GET /search?q= (page)"] = new((_, c) => Get(c, "/search?q=Zelensky"), everyone) { OneTimePassword = 302 };
    }
}
