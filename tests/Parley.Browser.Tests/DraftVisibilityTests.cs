using Microsoft.Playwright;

namespace Parley.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DraftVisibilityTests(BrowserApp app)
{
    [Fact]
    public async Task Delegation_member_cannot_see_other_partys_draft()
    {
        var summary = "UA draft: phased exchange of lists " + Guid.NewGuid().ToString("N")[..6];
        var ukraine = await app.SignedInPageAsync(TestUsers.Ukraine);
        await BrowserApp.GotoInteractiveFormAsync(ukraine, "/positions/new");
        await ukraine.GetByLabel("Issue").SelectOptionAsync(new SelectOptionValue { Label = "Prisoners" });
        await ukraine.GetByLabel("+2").CheckAsync();
        await ukraine.GetByLabel("Position", new() { Exact = true }).FillAsync(summary);
        await ukraine.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await ukraine.WaitForURLAsync(url => url.EndsWith("/drafts", StringComparison.Ordinal));
        await Assertions.Expect(ukraine.Locator("main")).ToContainTextAsync(summary);
        var editLink = await ukraine.Locator("table.drafts tr").Filter(new() { HasText = summary }).GetByRole(AriaRole.Link).GetAttributeAsync("href");

        var russia = await app.SignedInPageAsync(TestUsers.Russia);
        foreach (var path in new[] { "/drafts", "/positions", "/timeline", "/" })
        {
            await russia.GotoAsync(path);
            await Assertions.Expect(russia.Locator("main")).Not.ToContainTextAsync(summary);
            await Assertions.Expect(russia.Locator("main")).Not.ToContainTextAsync("UA draft");
        }
        // Knowing the address of the draft's form does not help either.
        await russia.GotoAsync(editLink!);
        await Assertions.Expect(russia.Locator("main")).ToContainTextAsync("There is nothing at this address");
        await Assertions.Expect(russia.Locator("main")).Not.ToContainTextAsync(summary);

        var mediator = await app.SignedInPageAsync(TestUsers.Mediator);
        await mediator.GotoAsync("/positions");
        await Assertions.Expect(mediator.Locator("main")).Not.ToContainTextAsync(summary);

        await ukraine.GotoAsync("/positions");
        await Assertions.Expect(ukraine.Locator("main")).ToContainTextAsync(summary);
        await ukraine.Context.CloseAsync();
        await russia.Context.CloseAsync();
        await mediator.Context.CloseAsync();
    }
}
