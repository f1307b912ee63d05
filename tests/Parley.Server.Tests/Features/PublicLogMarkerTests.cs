using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data;
using Parley.Ledger.Storage;
using Parley.Server.Tests.Infrastructure;
using Parley.Tests.Shared;
using Xunit.Abstractions;

namespace Parley.Server.Tests.Features;

/// <summary>
/// Fills every kind of non-public record with marker strings (names, e-mails, file contents, draft text), then scans
/// everything the public can fetch — every entry bundle of the log, the checkpoint, the Record page and the page of
/// each new entry — for any marker, its SHA-256, or its SHA-256 after a known prefix.
/// </summary>
public sealed class PublicLogMarkerTests(ParleyApp app, ITestOutputHelper output) : IClassFixture<ParleyApp>
{
    private const string Family = "Zqxmarkfam";
    private const string Given = "Zqxmarkgiv";
    private const string Child = "Zqxmarkchild";
    private const string Draft = "ZQXMARK-DRAFT-TEXT";
    private const string Shared = "ZQXMARK-SHARED-TEXT";
    private const string MediatorOnly = "ZQXMARK-MEDIATOR-TEXT";
    private const string OfficerEmail = "zqxmark.officer@parley.test";

    private static readonly string[] Prefixes = ["", "family_name:", "given_name:", "name:", "familyName=", "\"", "UA|", "UA:"];

    [Fact]
    public async Task Public_entries_and_pages_carry_no_marker_nor_a_hash_of_one()
    {
        var anonymous = app.NewClient();
        var before = await LogSizeAsync(anonymous);
        var secret = await app.AddOfficerAsync(OfficerEmail, "UA");
        var officer = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await TotpSignIn.SignInAsync(officer, OfficerEmail, ParleyApp.Password, secret)).StatusCode);
        var file = $"id,family_name,given_name,patronymic,date_of_birth,sex,category\nZQX-1,{Family},{Given},,1994-03-12,M,military\n";
        using (var content = new StringContent(file, Encoding.UTF8, "text/csv"))
        {
            Assert.Equal(HttpStatusCode.Created, (await officer.PostAsync(new Uri("/api/humanitarian/lists?party=UA&heldBy=RU", UriKind.Relative), content)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync(new Uri("/api/children", UriKind.Relative), new { party = "UA", familyName = Child, givenName = Given, dateOfBirth = "2014-05-02" })).StatusCode);
        var delegation = await app.ClientAsync(TestRole.DelegationUa);
        Assert.Equal(HttpStatusCode.Created, (await delegation.PostAsJsonAsync(new Uri("/api/notes", UriKind.Relative), Bodies.Draft("UA", Draft) )).StatusCode);
        var mediator = await app.ClientAsync(TestRole.Mediator);
        Assert.Equal(HttpStatusCode.Created, (await mediator.PostAsJsonAsync(new Uri("/api/notes", UriKind.Relative), new { title = Shared, body = Shared, writtenOn = "2025-08-01", visibility = "Shared" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await mediator.PostAsJsonAsync(new Uri("/api/notes", UriKind.Relative), new { title = MediatorOnly, body = MediatorOnly, writtenOn = "2025-08-01", visibility = "MediatorOnly" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await mediator.PostAsJsonAsync(new Uri("/api/statements", UriKind.Relative), Bodies.Statement())).StatusCode);
        // A shared negotiating text, and a delegation's private alternative wording for it.
        var text = await Texts.TextEndpointTests.PostAsync(mediator, "/api/texts?round=1", $"# {Shared}\n\n## Article 1. Ceasefire\nA [UA: {Shared} | RU: limited] ceasefire.\n");
        Assert.Equal(HttpStatusCode.Created, text.StatusCode);
        var textId = (await text.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await delegation.PostAsJsonAsync(new Uri($"/api/texts/{textId}/proposals", UriKind.Relative), new { clause = "1.1", bracket = 1, wording = Draft })).StatusCode);

        var size = await StoredSizeAsync();
        for (var wait = 0; wait < 120 && await LogSizeAsync(anonymous) < size; wait++)
        {
            await Task.Delay(500); // the host signs checkpoints in batches
        }
        size = await LogSizeAsync(anonymous);
        Assert.True(size >= before + 7, $"the writes reached the signed log: {before} -> {size}");
        var forbidden = Forbidden(file);
        var publicTexts = new List<(string Where, string Text)> { ("checkpoint", await anonymous.GetStringAsync(new Uri("/log/checkpoint", UriKind.Relative))) };
        foreach (var (path, bytes) in await BundlesAsync(anonymous, size))
        {
            publicTexts.Add((path, Encoding.UTF8.GetString(bytes)));
        }
        publicTexts.Add(("/record", await anonymous.GetStringAsync(new Uri("/record", UriKind.Relative))));
        for (var seq = before; seq < size; seq++)
        {
            publicTexts.Add(($"/record/entry/{seq}", await anonymous.GetStringAsync(new Uri($"/record/entry/{seq}", UriKind.Relative))));
        }

        var found = publicTexts.SelectMany(t => forbidden.Where(f => t.Text.Contains(f.Value, StringComparison.OrdinalIgnoreCase)).Select(f => $"{t.Where}: {f.Name}")).ToList();
        output.WriteLine($"public log entries checked: {size} (new in this test: {size - before}); public texts scanned: {publicTexts.Count}; forbidden strings: {forbidden.Count}");
        Assert.True(found.Count == 0, string.Join("\n", found.Distinct().Take(30)));
    }

    /// <summary>Every marker, the whole file, every test account's e-mail: as text, and as SHA-256 (hex and Base64) after each known prefix.</summary>
    private static List<(string Name, string Value)> Forbidden(string file)
    {
        var markers = new List<string> { Family, Given, Child, Draft, Shared, MediatorOnly, OfficerEmail, file };
        markers.AddRange(Enum.GetValues<TestRole>().Where(r => r != TestRole.Anonymous).Select(ParleyApp.Email));
        var forbidden = new List<(string, string)>();
        foreach (var marker in markers)
        {
            var label = marker.Length > 30 ? "the list file" : marker;
            forbidden.Add((label, marker.Trim()));
            foreach (var prefix in Prefixes)
            {
                var hash = SHA256.HashData(Encoding.UTF8.GetBytes(prefix + marker));
                forbidden.Add(($"sha256({prefix}{label})", Convert.ToHexString(hash)));
                forbidden.Add(($"sha256({prefix}{label}) base64", Convert.ToBase64String(hash)));
            }
        }
        return forbidden;
    }

    private async Task<long> StoredSizeAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        await db.Database.OpenConnectionAsync();
        return await new DbLogStore(db.Database.GetDbConnection()).GetSizeAsync();
    }

    private static async Task<long> LogSizeAsync(HttpClient client)
    {
        var checkpoint = await client.GetStringAsync(new Uri("/log/checkpoint", UriKind.Relative));
        return long.Parse(checkpoint.Split('\n')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The entry bundles (tlog-tiles) covering the whole log, full tiles then the partial one.</summary>
    private static async Task<List<(string Path, byte[] Bytes)>> BundlesAsync(HttpClient client, long size)
    {
        var bundles = new List<(string, byte[])>();
        for (long index = 0; index * 256 < size; index++)
        {
            var width = Math.Min(256, size - (index * 256));
            var path = "/log/tile/entries/" + TilePath(index) + (width < 256 ? $".p/{width}" : "");
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            bundles.Add((path, await response.Content.ReadAsByteArrayAsync()));
        }
        return bundles;
    }

    private static string TilePath(long index)
    {
        var parts = new List<string> { (index % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture) };
        for (index /= 1000; index > 0; index /= 1000)
        {
            parts.Insert(0, "x" + (index % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
        }
        return string.Join('/', parts);
    }
}
