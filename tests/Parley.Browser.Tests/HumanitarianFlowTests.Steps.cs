using Microsoft.Playwright;
using Parley.Ledger.Notes;

namespace Parley.Browser.Tests;

public sealed partial class HumanitarianFlowTests
{
    /// <summary>
    /// Links UA's lists with RU's, then works the review queue by keyboard alone until it is empty. A second host
    /// officer, holding the first pair open meanwhile, gets a conflict rather than overwriting the decision.
    /// </summary>
    private async Task LinkAndReviewAsync(IPage host)
    {
        await host.GotoAsync("/humanitarian/review");
        await Interactive(host);
        await host.GetByRole(AriaRole.Button, new() { Name = "Run linkage" }).ClickAsync();
        await Assertions.Expect(host.Locator(".link-run .notice.ok")).ToContainTextAsync("new pairs to review");

        var queue = host.Locator("section.review");
        await Assertions.Expect(queue.Locator(".pair")).ToBeVisibleAsync();
        await Assertions.Expect(queue.Locator(".keys")).ToContainTextAsync("A — the same person");
        await Assertions.Expect(queue.Locator(".explanation")).Not.ToBeEmptyAsync();
        await Shoot(host, "humanitarian-review");

        var other = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Host);
        await other.GotoAsync("/humanitarian/review");
        await Interactive(other);
        var stale = await other.Locator(".pair").GetAttributeAsync("data-link");

        await queue.FocusAsync();
        var decided = 0;
        while (await queue.Locator(".pair").CountAsync() > 0)
        {
            var pair = await queue.Locator(".pair").GetAttributeAsync("data-link");
            if (await queue.Locator(".position").TextContentAsync() is { } position && !position.Contains(" of 1 ", StringComparison.Ordinal))
            {
                // With more than one pair loaded, J moves on and K comes back before deciding.
                await host.Keyboard.PressAsync("j");
                await Assertions.Expect(queue.Locator(".position")).ToContainTextAsync("Pair 2 of");
                await host.Keyboard.PressAsync("k");
                await Assertions.Expect(queue.Locator(".position")).ToContainTextAsync("Pair 1 of");
            }
            // The first (best) pair is the same person; the namesake left over is someone else.
            await host.Keyboard.PressAsync(decided == 0 ? "a" : "r");
            await Assertions.Expect(queue.Locator(".decision")).ToContainTextAsync(decided == 0 ? "are one person" : "are different people");
            await Assertions.Expect(queue.Locator($".pair[data-link='{pair}']")).ToHaveCountAsync(0);
            decided++;
        }
        Assert.Equal(stale, await other.Locator(".pair").GetAttributeAsync("data-link"));
        await other.Locator("section.review").FocusAsync();
        await other.Keyboard.PressAsync("r");
        await Assertions.Expect(other.Locator(".conflict")).ToContainTextAsync("Not saved — Someone decided this pair first");
        await Assertions.Expect(other.Locator($".pair[data-link='{stale}']")).ToHaveCountAsync(0);
        await other.Context.CloseAsync();
        Assert.True(decided >= 2, "the linkage engine did not queue both namesakes for review");
        await Assertions.Expect(queue.Locator(".empty-state")).ToContainTextAsync("No pairs are waiting");
    }

    /// <summary>Composes a 1:1 military batch of every confirmed pair, checked live, and returns its id.</summary>
    private static async Task<string> ComposeAsync(IPage host)
    {
        await host.GotoAsync("/exchanges/new");
        await Interactive(host);
        await host.GetByLabel("Name of the batch").FillAsync("Browser swap");
        var pool = host.Locator("table.pool[data-category=military] tbody tr");
        await Assertions.Expect(pool).ToHaveCountAsync(5);
        var check = host.Locator("section.compose-check");
        for (var i = 0; i < 5; i++)
        {
            await pool.Nth(i).Locator("input[type=checkbox]").CheckAsync();
        }
        // RU would release three for UA's two: off the 1:1 terms until one is taken out again.
        await Assertions.Expect(check.Locator(".problems")).ToContainTextAsync("agreed ratio 1:1, composed 2 (UA) for 3 (RU)");
        await pool.Filter(new() { HasText = "Мельник" }).Locator("input[type=checkbox]").UncheckAsync();
        await Assertions.Expect(check.Locator(".can-agree")).ToBeVisibleAsync();
        await Assertions.Expect(check.Locator("tr[data-category=military] td.num").Nth(0)).ToHaveTextAsync("2");
        await Assertions.Expect(check.Locator("tr[data-category=military] td.num").Nth(1)).ToHaveTextAsync("2");
        await Shoot(host, "humanitarian-compose");
        await host.GetByRole(AriaRole.Button, new() { Name = "Save the batch (pairs: 4)" }).ClickAsync();
        await host.WaitForURLAsync(BatchAddress());
        await Interactive(host);
        await Assertions.Expect(host.Locator(".page-head .batch-status")).ToHaveTextAsync("draft");
        await Assertions.Expect(host.Locator("pre.command").First).ToContainTextAsync("parley sign --key PARTY.key --kind exchange-manifest");
        return host.Url[^36..];
    }

    /// <summary>
    /// A party's officer downloads the statement to sign (as for <c>parley sign</c>), signs it with the party's key
    /// using the same code the CLI uses, pastes the signed note and submits it; the batch moves to <paramref name="status"/>.
    /// </summary>
    private static async Task SubmitAsync(IPage officer, string batch, string statementAddress, NoteSigner key, string status)
    {
        await officer.GotoAsync($"/exchanges/{batch}");
        await Interactive(officer);
        var response = await officer.Context.APIRequest.GetAsync(statementAddress);
        Assert.True(response.Ok, $"{statementAddress}: {response.Status}");
        var note = SignedStatement.Parse(await response.TextAsync()).Sign(key).ToString();
        await officer.GetByLabel("Signed note (paste the output of parley sign)").FillAsync(note);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Verify and record" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".page-head .batch-status")).ToHaveTextAsync(status);
        if (status == "agreed")
        {
            await Shoot(officer, "humanitarian-agreed");
        }
    }
}
