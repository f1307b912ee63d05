using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data;
using Parley.Ledger.Entries;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>The printed manifest names the signed checkpoint that holds the batch's log entry, so a reader can check it.</summary>
public sealed partial class ManifestPdfTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    [Fact]
    public async Task ManifestPdf_names_the_entry_and_the_signed_checkpoint_that_contains_it()
    {
        var host = await app.ClientAsync(TestRole.HumanitarianHost);
        var created = await host.PostAsJsonAsync(new Uri("/api/exchanges", UriKind.Relative), new
        {
            name = "Batch for the printout",
            firstParty = "UA",
            secondParty = "RU",
            terms = new[] { new { category = "military", firstCount = 1, secondCount = 1 } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var batchId = (await created.JsonAsync()).GetProperty("batchId").GetGuid();

        // Checkpoints are signed every two seconds; until one covers the entry the PDF says so.
        Match line = Match.Empty;
        for (var attempt = 0; attempt < 40 && !line.Success; attempt++)
        {
            var text = Regex.Replace(PdfToText(await host.GetByteArrayAsync(new Uri($"/api/exchanges/{batchId}/manifest.pdf", UriKind.Relative))), "\\s+", " ");
            line = CheckpointLine().Match(text);
            if (!line.Success)
            {
                Assert.Contains("Not yet in a signed checkpoint of the log.", text, StringComparison.Ordinal);
                await Task.Delay(500);
            }
        }
        Assert.True(line.Success, "no checkpoint line after 20 s");
        var (origin, seq, size, root) = (line.Groups[1].Value, long.Parse(line.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(line.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture), line.Groups[4].Value);
        Assert.Equal("parley.local/log", origin);
        Assert.True(size > seq, $"checkpoint of size {size} cannot contain entry {seq}");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        await db.Database.OpenConnectionAsync();
        var store = new DbLogStore(db.Database.GetDbConnection());
        var entry = LogEntry.Parse((await store.ReadEntriesAsync(seq, 1)).Single().Data);
        Assert.StartsWith("exchange-batch.", entry.Kind, StringComparison.Ordinal);
        Assert.Equal(batchId.ToString(), entry.Payload.GetProperty("id").GetString());
        var note = await store.CheckpointAsync(size);
        Assert.NotNull(note);
        Assert.Equal(root, Convert.ToBase64String(Checkpoint.Parse(SignedNote.Parse(note).Text).RootHash));
    }

    [Theory]
    [InlineData("uk", "Маніфест обміну", "Військовополонені: 1:1", "Ще не в підписаній контрольній точці журналу.", "У журналі ")]
    [InlineData("ru", "Манифест обмена", "Военнопленные: 1:1", "Ещё не в подписанной контрольной точке журнала.", "В журнале ")]
    public async Task ManifestPdf_in_reader_language_prints_its_words_and_no_enum_names(string language, string title, string terms, string checkpoint, string inLog)
    {
        var host = await app.ClientAsync(TestRole.HumanitarianHost);
        var created = await host.PostAsJsonAsync(new Uri("/api/exchanges", UriKind.Relative), new
        {
            name = "Batch printed in " + language,
            firstParty = "UA",
            secondParty = "RU",
            terms = new[] { new { category = "military", firstCount = 1, secondCount = 1 } },
        });
        var batchId = (await created.JsonAsync()).GetProperty("batchId").GetGuid();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/exchanges/{batchId}/manifest.pdf", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await host.SendAsync(request);
        var text = Regex.Replace(PdfToText(await response.Content.ReadAsByteArrayAsync()), "\\s+", " ");

        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(terms, text, StringComparison.Ordinal);
        Assert.True(text.Contains(checkpoint, StringComparison.Ordinal) || text.Contains(inLog, StringComparison.Ordinal), text);
        Assert.DoesNotContain("checkpoint", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Military", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exchange manifest", text, StringComparison.Ordinal);
    }

    [GeneratedRegex("In log (\\S+) at entry (\\d+); checkpoint size (\\d+), root ([A-Za-z0-9+/=]{44})")]
    private static partial Regex CheckpointLine();

    private static string PdfToText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
