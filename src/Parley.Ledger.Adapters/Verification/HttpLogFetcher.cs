using System.Net;
using System.Text;

namespace Parley.Ledger.Verification;

/// <summary><see cref="ILogFetcher"/> over HTTP: GET and POST under a base URL, with a bounded response size.</summary>
public sealed class HttpLogFetcher(HttpClient client, Uri baseUrl) : ILogFetcher
{
    private const int MaxResponseBytes = 16 * 1024 * 1024;
    private readonly Uri _base = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    /// <inheritdoc />
    public async Task<byte[]?> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(_base, path), HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path}: {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        if (response.Content.Headers.ContentLength > MaxResponseBytes)
        {
            throw new LedgerFormatException($"GET {path}: response of {response.Content.Headers.ContentLength} bytes is larger than any log resource");
        }
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return body.Length > MaxResponseBytes ? throw new LedgerFormatException($"GET {path}: response is larger than any log resource") : body;
    }

    /// <inheritdoc />
    public async Task<(int Status, string Body)> PostAsync(string path, string body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body, Encoding.UTF8, "text/plain");
        using var response = await client.PostAsync(new Uri(_base, path), content, cancellationToken).ConfigureAwait(false);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
    }
}
