using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using static Parley.Cli.Tests.Commands.VerifyCommandTests;

namespace Parley.Cli.Tests.Commands;

/// <summary>
/// Issue 14, "the log, served as others expect", against the real server process over a real socket: HEAD on every
/// GET route, compressed tiles and bundles, the origin from the public URL (and kept once created), and
/// <c>parley log key</c> honouring PARLEY_DATA.
/// </summary>
public sealed class LogServingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-serving-").FullName;

    [Fact]
    public async Task Head_everyGetRoute_answersLikeGetWithoutABody()
    {
        using var server = await ServerProcess.StartAsync(Path.Combine(_dir, "data"));
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false });
        foreach (var path in new[] { "/log/checkpoint", "/log/tile/entries/000.p/1", "/log/tile/0/000.p/1", "/health", "/record", "/api/timeline", "/openapi/v1.json", "/log/tile/9/000", "/no-such-page" })
        {
            using var get = await client.GetAsync(new Uri(server.Url + path));
            var getBody = await get.Content.ReadAsByteArrayAsync();
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, server.Url + path));
            var headBody = await head.Content.ReadAsByteArrayAsync();

            Assert.True(get.StatusCode == head.StatusCode, $"{path}: GET {(int)get.StatusCode}, HEAD {(int)head.StatusCode}");
            Assert.Empty(headBody);
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            if (get.Content.Headers.ContentLength is { } length && get.StatusCode == HttpStatusCode.OK)
            {
                Assert.True(length == head.Content.Headers.ContentLength, $"{path}: Content-Length {length} on GET, {head.Content.Headers.ContentLength} on HEAD");
                Assert.Equal(getBody.Length, length);
            }
        }
    }

    [Fact]
    public async Task Tiles_clientAcceptingGzip_getsThemCompressed()
    {
        using var server = await ServerProcess.StartAsync(Path.Combine(_dir, "data"));
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        var size = Parley.Ledger.Notes.Checkpoint.Parse(Parley.Ledger.Notes.SignedNote.Parse(await client.GetStringAsync(new Uri(server.Url + "/log/checkpoint"))).Text).Size;
        var width = Math.Min(256, size);
        foreach (var path in new[] { $"/log/tile/entries/000{(width < 256 ? $".p/{width}" : "")}", $"/log/tile/0/000{(width < 256 ? $".p/{width}" : "")}", "/log/checkpoint" })
        {
            var plain = await client.GetByteArrayAsync(new Uri(server.Url + path));
            using var request = new HttpRequestMessage(HttpMethod.Get, server.Url + path);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
            using var unpacked = new MemoryStream();
            await gzip.CopyToAsync(unpacked);
            Assert.Equal(plain, unpacked.ToArray());
            Assert.True(path == "/log/checkpoint" || response.Content.Headers.ContentLength is null or > 0);
        }

        using var page = new HttpRequestMessage(HttpMethod.Get, server.Url + "/record");
        page.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        Assert.Empty((await client.SendAsync(page)).Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Origin_fromThePublicUrl_andKeptWhenTheUrlChanges()
    {
        var data = Path.Combine(_dir, "data");
        using (await ServerProcess.StartAsync(data, demo: false, environment: new Dictionary<string, string> { ["Parley__PublicUrl"] = "https://talks.example.org:8443/parley/" }))
        {
        }

        var environment = new Dictionary<string, string?> { ["PARLEY_DATA"] = data };
        var (code, key, err) = RunWith(environment, "log", "key");
        Assert.True(code == 0, err);
        Assert.StartsWith("talks.example.org:8443/parley/log+", key.Trim(), StringComparison.Ordinal);

        using (var server = await ServerProcess.StartAsync(data, demo: false, environment: new Dictionary<string, string> { ["Parley__PublicUrl"] = "https://elsewhere.example.net/" }))
        {
            using var client = new HttpClient();
            Assert.StartsWith("talks.example.org:8443/parley/log\n", await client.GetStringAsync(new Uri(server.Url + "/log/checkpoint")), StringComparison.Ordinal);
        }

        Assert.Equal(key, RunWith(environment, "log", "key").Out);
        Assert.Equal(1, RunWith(new Dictionary<string, string?> { ["PARLEY_DATA"] = Path.Combine(_dir, "none") }, "log", "key").Code);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
