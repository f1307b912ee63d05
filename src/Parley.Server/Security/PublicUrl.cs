using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Parley.Server.Security;

/// <summary>
/// The address the world reaches Parley at (<c>Parley:PublicUrl</c>, e.g. https://parley.example.org), for every absolute
/// URL the server writes: the Record page's verify commands, redirects. Never the request's Host header, which any client
/// sets. Without the setting: the first address the server is bound to (else the configured one, else the default).
/// </summary>
internal sealed class PublicUrl(IConfiguration configuration, IServer server)
{
    private readonly Lazy<Uri> _base = new(() => Resolve(configuration, server));

    /// <summary>Scheme, host, port and path prefix, without a trailing slash.</summary>
    public string Text => Base.GetLeftPart(UriPartial.Path).TrimEnd('/');

    public Uri Base => _base.Value;

    private static Uri Resolve(IConfiguration configuration, IServer server)
    {
        var configured = configuration["Parley:PublicUrl"];
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var listening = configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var text = !string.IsNullOrWhiteSpace(configured) ? configured : bound ?? listening ?? ParleyHosting.DefaultUrl;
        foreach (var any in new[] { "://+", "://*", "://[::]", "://0.0.0.0" })
        {
            text = text.Replace(any, "://localhost", StringComparison.Ordinal);
        }
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidOperationException($"Parley:PublicUrl '{text}' is not an absolute http(s) URL.");
    }
}
