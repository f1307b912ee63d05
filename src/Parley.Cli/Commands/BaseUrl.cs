using Parley.Ledger;

namespace Parley.Cli.Commands;

/// <summary>The <c>--url</c> option: an absolute http or https base URL.</summary>
internal static class BaseUrl
{
    public static Uri Parse(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new LedgerFormatException($"--url: '{text}' is not an absolute http(s) URL such as http://localhost:5080");
}
