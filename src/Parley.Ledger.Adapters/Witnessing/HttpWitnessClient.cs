using System.Net.Http.Headers;

namespace Parley.Ledger.Witnessing;

/// <summary>Sends C2SP tlog-witness <c>add-checkpoint</c> requests to a witness at <c>&lt;base&gt;/add-checkpoint</c>.</summary>
public sealed class HttpWitnessClient(HttpClient client, Uri baseUrl)
{
    private const int MaxReply = 64 * 1024;

    /// <summary>Where the witness is, for messages.</summary>
    public Uri BaseUrl => baseUrl;

    /// <summary>Posts <paramref name="request"/>; returns the status, content type and at most 64 KiB of body.</summary>
    public async Task<(int Status, string? ContentType, byte[] Body)> AddCheckpointAsync(AddCheckpointRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var content = new ByteArrayContent(request.ToBytes());
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var response = await client.PostAsync(new Uri(baseUrl, "add-checkpoint"), content, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxReply];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false)) > 0)
            {
                read += n;
            }
            return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, buffer[..read]);
        }
    }
}
