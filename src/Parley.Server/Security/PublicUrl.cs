namespace Parley.Server.Security;

/// <summary>
/// The address the world reaches Parley at (<c>Parley:PublicUrl</c>, e.g. https://parley.example.org), for every absolute
/// URL the server writes: the Record page's verify commands, redirects. Never the request's Host header, which any client
/// sets. Without the setting: the first address the server listens on.
/// </summary>
internal sealed class PublicUrl
{
    public PublicUrl(IConfiguration configuration)
    {
        var configured = configuration["Parley:PublicUrl"];
        var listening = configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var text = !string.IsNullOrWhiteSpace(configured) ? configured : listening ?? ParleyHosting.DefaultUrl;
        if (!Uri.TryCreate(text.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"Parley:PublicUrl '{text}' is not an absolute http(s) URL.");
        }
        Base = uri;
        Configured = !string.IsNullOrWhiteSpace(configured);
    }

    /// <summary>Scheme, host, port and path prefix, without a trailing slash.</summary>
    public string Text => Base.GetLeftPart(UriPartial.Path).TrimEnd('/');

    public Uri Base { get; }

    public bool Configured { get; }

    public bool IsHttps => Base.Scheme == Uri.UriSchemeHttps;
}
