using System.Globalization;
using Parley.Ledger.Notes;

namespace Parley.Ledger.Serving;

/// <summary>
/// The checkpoint origin of a new log: the configured name if any, else the log's URL prefix without scheme
/// (C2SP tlog-tiles: "the origin line SHOULD be the schema-less URL prefix of the log"), i.e. the public URL's host,
/// non-default port and path followed by <c>/log</c>; <see cref="Fallback"/> when no public URL is configured.
/// An existing log keeps the origin its host key was created with (<c>HostKeyFile.LoadOrCreate</c> in Parley.Ledger.Adapters).
/// </summary>
public static class LogOrigin
{
    /// <summary>The origin when neither a name nor a public URL is configured.</summary>
    public const string Fallback = "parley.local/log";

    /// <summary>The origin for <paramref name="publicUrl"/> (absolute http or https), or null when there is none; a malformed URL throws.</summary>
    public static string? FromPublicUrl(string? publicUrl)
    {
        if (string.IsNullOrWhiteSpace(publicUrl))
        {
            return null;
        }

        if (!Uri.TryCreate(publicUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            throw new LedgerFormatException($"public URL '{publicUrl}' is not an absolute http or https URL");
        }

        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        var origin = uri.IdnHost.ToLowerInvariant() + port + uri.AbsolutePath.TrimEnd('/') + "/log";
        return NoteName.IsValid(origin) ? origin : throw new LedgerFormatException($"public URL '{publicUrl}' gives origin '{origin}', which is not a valid key name");
    }

    /// <summary>The configured origin, else the one derived from the public URL, else <see cref="Fallback"/>.</summary>
    public static string Choose(string? configured, string? publicUrl) =>
        !string.IsNullOrWhiteSpace(configured) ? configured.Trim() : FromPublicUrl(publicUrl) ?? Fallback;
}
