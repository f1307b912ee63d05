using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Parley.Ledger.Notes;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>Minutes over HTTP: drafted, saved by the chair, signed with the statement the API hands out, exported.</summary>
public sealed class MinutesEndpointTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private async Task<Guid> Round3Async() =>
        (await (await app.ClientAsync(TestRole.Anonymous)).GetJsonAsync("/api/rounds")).EnumerateArray().Single(r => r.GetProperty("number").GetInt32() == 3).GetProperty("id").GetGuid();

    [Fact]
    public async Task Minutes_drafted_in_ukrainian_saved_signed_and_exported_as_pdf_and_docx()
    {
        var round = await Round3Async();
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var draft = await mediator.GetJsonAsync($"/api/rounds/{round}/minutes/draft?lang=uk");
        var text = draft.GetProperty("text").GetString()!;
        Assert.StartsWith("# Протокол раунду переговорів 3", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await mediator.GetAsync(new Uri($"/api/rounds/{round}/minutes/draft?lang=de", UriKind.Relative))).StatusCode);

        var saved = await mediator.PutAsJsonAsync(new Uri($"/api/rounds/{round}/minutes", UriKind.Relative), new { text, language = "uk", expectedVersion = 0 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stale = await mediator.PutAsJsonAsync(new Uri($"/api/rounds/{round}/minutes", UriKind.Relative), new { text, language = "uk", expectedVersion = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, (await stale.JsonAsync()).GetProperty("currentVersion").GetInt32());

        using var ua = NoteSigner.Generate($"ua-minutes-{Guid.NewGuid():N}"[..20]);
        Assert.Equal(HttpStatusCode.Created, (await (await app.ClientAsync(TestRole.Administrator)).PostAsJsonAsync(new Uri("/api/keys", UriKind.Relative), new { party = "UA", verifierKey = ua.Verifier.ToString() })).StatusCode);
        var statement = await (await app.ClientAsync(TestRole.DelegationUa)).GetStringAsync(new Uri($"/api/rounds/{round}/minutes/statement.txt", UriKind.Relative));
        using var note = new StringContent(SignedStatement.Parse(statement).Sign(ua).ToString());
        note.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        Assert.Equal(HttpStatusCode.Created, (await (await app.ClientAsync(TestRole.DelegationUa)).PostAsync(new Uri($"/api/rounds/{round}/minutes/signatures", UriKind.Relative), note)).StatusCode);
        var minutes = await (await app.ClientAsync(TestRole.Anonymous)).GetJsonAsync($"/api/rounds/{round}/minutes");
        Assert.Equal(["UA"], minutes.GetProperty("signedBy").EnumerateArray().Select(p => p.GetString()));

        var pdf = await (await app.ClientAsync(TestRole.Observer)).GetAsync(new Uri($"/api/rounds/{round}/minutes/export?format=pdf&lang=uk", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
        var docx = await (await app.ClientAsync(TestRole.Observer)).GetByteArrayAsync(new Uri($"/api/rounds/{round}/minutes/export?format=docx&lang=ru", UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("Протокол раунду переговорів 3", xml, StringComparison.Ordinal);
        Assert.Contains("Подписи сторон", xml, StringComparison.Ordinal);
        Assert.Contains("UA — ключом", xml, StringComparison.Ordinal);
    }
}
