using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Parley.Application.Humanitarian.Keys;
using Parley.Domain.Access;
using Parley.Ledger.Notes;

namespace Parley.Browser.Tests;

/// <summary>
/// The negotiating text end to end in Chromium: the chair drafts, UA and RU propose privately and submit, the chair
/// folds them in, a round closes two brackets, the redline shows it, both sides initial with their keys, and the
/// browser's verifier accepts the log entry of the last initials.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TextFlowTests(BrowserApp app)
{
    private static readonly Viewer Administrator = new(ParleyRole.Administrator, null, "browser-admin", "admin@browser.test");

    private const string Draft = "# Flow memorandum {0}\n\n## Article 1. Ceasefire\nThe Parties shall observe a [UA: full | RU: limited] ceasefire.\n\nThe ceasefire shall be monitored by [the Parties jointly | UA: an international mission].\n";
    private const string Agreed = "# Flow memorandum {0}\n\n## Article 1. Ceasefire\nThe Parties shall observe a comprehensive ceasefire.\n\nThe ceasefire shall be monitored by a joint commission.\n";
    private static readonly System.Text.CompositeFormat DraftFormat = System.Text.CompositeFormat.Parse(Draft);
    private static readonly System.Text.CompositeFormat AgreedFormat = System.Text.CompositeFormat.Parse(Agreed);

    private async Task<JsonElement> SendAsync(IPage page, string method, string path, object? json = null, byte[]? bytes = null, int expected = 200)
    {
        var options = new APIRequestContextOptions { Method = method };
        if (json is not null)
            options.DataObject = json;
        if (bytes is not null)
        {
            options.DataByte = bytes;
            options.Headers = new Dictionary<string, string> { ["Content-Type"] = "application/octet-stream" };
        }
        var response = await page.APIRequest.FetchAsync(Base + path, options);
        var body = await response.TextAsync();
        Assert.True(expected == response.Status, $"{method} {path}: {response.Status} {body}");
        return body.Length > 0 && body.TrimStart().StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default;
    }

    private string Base => app.BaseAddress.ToString().TrimEnd('/');

    [Fact]
    public async Task Chair_drafts_parties_propose_a_round_closes_two_brackets_both_initial_and_the_record_verifies()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var chair = await app.SignedInPageAsync(TestUsers.Mediator);
        var ua = await app.SignedInPageAsync(TestUsers.Ukraine);
        var ru = await app.SignedInPageAsync(TestUsers.Russia);

        var text = (await SendAsync(chair, "POST", "/api/texts?round=1", bytes: System.Text.Encoding.UTF8.GetBytes(string.Format(null, DraftFormat, unique)), expected: 201)).GetProperty("id").GetGuid();
        var uaDraft = (await SendAsync(ua, "POST", $"/api/texts/{text}/proposals", new { clause = "1.1", bracket = 1, wording = "full and unconditional " + unique }, expected: 201)).GetProperty("id").GetGuid();
        var ruDraft = (await SendAsync(ru, "POST", $"/api/texts/{text}/proposals", new { clause = "1.2", bracket = 1, wording = "RU draft monitors " + unique }, expected: 201)).GetProperty("id").GetGuid();

        // Private until submitted: neither the other party nor the chair sees a draft on the page.
        await ru.GotoAsync($"/texts/{text}");
        await Assertions.Expect(ru.Locator("main")).Not.ToContainTextAsync("full and unconditional " + unique);
        await Assertions.Expect(ru.Locator("main")).ToContainTextAsync("RU draft monitors " + unique);
        await chair.GotoAsync($"/texts/{text}");
        await Assertions.Expect(chair.Locator("main")).Not.ToContainTextAsync("full and unconditional " + unique);
        await Assertions.Expect(chair.Locator("main")).Not.ToContainTextAsync("RU draft monitors " + unique);

        await SendAsync(ua, "POST", $"/api/texts/proposals/{uaDraft}/submit", new { expectedVersion = 1 });
        await SendAsync(ru, "POST", $"/api/texts/proposals/{ruDraft}/submit", new { expectedVersion = 1 });
        await SendAsync(chair, "POST", $"/api/texts/proposals/{uaDraft}/fold", new { expectedVersion = 1, round = 1 });
        await SendAsync(chair, "POST", $"/api/texts/proposals/{ruDraft}/fold", new { expectedVersion = 2, round = 1 });
        await chair.GotoAsync($"/texts/{text}");
        await Assertions.Expect(chair.Locator("#clause-1\\.2 .by-ru")).ToContainTextAsync("RU draft monitors " + unique);
        await Assertions.Expect(chair.Locator(".agreement")).ToContainTextAsync("Not agreed: 2 brackets open");

        // Round 2 closes both brackets.
        await SendAsync(chair, "POST", $"/api/texts/{text}/versions?expectedVersion=3&round=2", bytes: System.Text.Encoding.UTF8.GetBytes(string.Format(null, AgreedFormat, unique)), expected: 201);
        await chair.GotoAsync($"/texts/{text}");
        await chair.GetByLabel("Redline against").SelectOptionAsync("3");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(chair.Locator("#redline")).ToContainTextAsync("2 brackets closed, 0 opened");
        await Assertions.Expect(chair.Locator(".agreement")).ToContainTextAsync("Agreed ad referendum; awaiting the initials of RU, UA");
        await chair.ScreenshotAsync(new() { Path = Screenshots.PathOf("text-redline"), FullPage = true });

        var (uaKey, ruKey) = await RegisterKeysAsync();
        foreach (var (page, key) in new[] { (ua, uaKey), (ru, ruKey) })
        {
            var statement = await (await page.APIRequest.GetAsync($"{Base}/api/texts/{text}/initials.txt")).TextAsync();
            var note = SignedStatement.Parse(statement).Sign(key).ToString();
            await SendAsync(page, "POST", $"/api/texts/{text}/initials", bytes: System.Text.Encoding.UTF8.GetBytes(note), expected: 201);
        }
        await ua.GotoAsync($"/texts/{text}");
        await Assertions.Expect(ua.Locator(".agreement")).ToContainTextAsync("Initialled by UA, RU");
        await Assertions.Expect(ua.Locator("#clause-1\\.1 .badge")).ToHaveTextAsync("initialled");

        // The browser's own verifier checks the last initials' entry against the signed checkpoint.
        var reader = await app.NewPageAsync();
        var size = 0;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await reader.GotoAsync("/record");
            size = int.Parse(await reader.Locator("#log-size").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
            await reader.GotoAsync($"/record/entry/{size - 1}");
            if ((await reader.Locator("#entry-text").InnerTextAsync()).Contains("text.initials", StringComparison.Ordinal))
                break;
            await Task.Delay(2500);
        }
        await Assertions.Expect(reader.Locator("#entry-text")).ToContainTextAsync("text.initials");
        await Assertions.Expect(reader.Locator("#inclusion-result")).ToHaveAttributeAsync("data-state", "verified");
        foreach (var page in new[] { chair, ua, ru, reader })
            await page.Context.CloseAsync();
    }

    private async Task<(NoteSigner Ua, NoteSigner Ru)> RegisterKeysAsync()
    {
        var ua = NoteSigner.Generate("ukraine.text");
        var ru = NoteSigner.Generate("russia.text");
        await using var scope = app.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<PartyKeys>();
        Assert.True((await keys.RegisterAsync(Administrator, "UA", ua.Verifier.ToString())).Succeeded);
        Assert.True((await keys.RegisterAsync(Administrator, "RU", ru.Verifier.ToString())).Succeeded);
        return (ua, ru);
    }
}
