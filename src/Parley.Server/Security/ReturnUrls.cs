namespace Parley.Server.Security;

/// <summary>
/// Where a form sends the user back to: only a path on this site, and never one with control characters (a CR or LF
/// would otherwise reach the Location header and fail the whole response after the sign-in was done).
/// </summary>
internal static class ReturnUrls
{
    public const string ControlReason = "returnUrl contains control characters; it must be a path on this site such as /timeline.";

    public static bool HasControl(string? url) => url?.Any(char.IsControl) == true;

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !HasControl(url);

    public static string Or(string? url, string fallback = "/") => IsLocal(url) ? url! : fallback;

    public static IResult Refused() =>
        TypedResults.Problem(ControlReason, statusCode: StatusCodes.Status400BadRequest, title: "Invalid return address",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["returnUrl"] = ["contains control characters."] } });
}
