using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Parley.Server.Tests.Infrastructure;
using Parley.Tests.Shared;

namespace Parley.Server.Tests.Features;

/// <summary>Issue 14, finding 3, through the API: bombs are refused naming the limit, bodies over their endpoint's limit get 413.</summary>
public sealed class BodyLimitTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private static readonly Lazy<byte[]> HugeCell = new(() => UploadBombs.XlsxHugeCell());
    private static readonly Lazy<byte[]> ManyRows = new(() => UploadBombs.XlsxManyRows());
    private static readonly Lazy<byte[]> Gzip = new(() => UploadBombs.GzipCsv());

    public static TheoryData<string, string> Bombs() => new()
    {
        { "xlsx 256 MiB cell", "as a zip bomb does" },
        { "xlsx 2M rows", "the limit is 100:1" },
        { "gzip csv", "binary data" },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task Import_uploadBomb_isRefusedNamingTheLimit(string name, string expect)
    {
        var body = name switch { "xlsx 256 MiB cell" => HugeCell.Value, "xlsx 2M rows" => ManyRows.Value, _ => Gzip.Value };
        var client = await app.ClientAsync(TestRole.HumanitarianUa);
        foreach (var endpoint in new[] { "/api/humanitarian/lists/preview", "/api/humanitarian/lists" })
        {
            using var content = new ByteArrayContent(body);
            // A file upload names its type, as the import page does; a bare body would be refused as a cross-site post first.
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            var response = await client.PostAsync(new Uri($"{endpoint}?party=UA&fileName=bomb.xlsx", UriKind.Relative), content);

            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name} → {endpoint}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
            Assert.Contains(expect, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signature_bodyOver64KiB_is413NamingTheLimit()
    {
        var client = await app.ClientAsync(TestRole.HumanitarianUa);
        using var content = new StringContent(new string('x', 70_000), Encoding.UTF8, "text/plain");

        var response = await client.PostAsync(new Uri($"/api/exchanges/{Guid.NewGuid()}/signatures", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 64 KiB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cosignature_chunkedBodyOver64KiB_is413NamingTheLimit()
    {
        using var client = app.NewClient();
        using var content = new StreamContent(new MemoryStream(new byte[200_000]));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/log/cosignature") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("larger than 64 KiB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_bodyOver1MiB_is413()
    {
        using var client = app.NewClient();
        using var content = new StringContent("{\"email\":\"" + new string('a', 1_100_000) + "\"}", Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/api/account/login", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 1 MiB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
