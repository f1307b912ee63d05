using System.Net;
using Microsoft.Playwright;

namespace Parley.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AccountTests(BrowserApp app)
{
    [Fact]
    public async Task Forged_form_posts_without_antiforgery_token_are_rejected()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseAddress };

        using var signIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = TestUsers.Mediator.Email,
            ["password"] = TestUsers.Mediator.Password,
            ["returnUrl"] = "/",
        }));
        using var culture = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "uk",
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, culture.StatusCode);
        var cookies = handler.CookieContainer.GetCookies(app.BaseAddress).Select(c => c.Name).ToList();
        Assert.DoesNotContain("parley.auth", cookies);
        Assert.DoesNotContain(".AspNetCore.Culture", cookies);
        var drafts = await client.GetAsync("/drafts");
        Assert.Equal(HttpStatusCode.Redirect, drafts.StatusCode);
        Assert.Contains("/account/login", drafts.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_show_lockout_message()
    {
        var page = await app.NewPageAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await BrowserApp.SignInAsync(page, TestUsers.Lockable.Email, "not-the-password-" + attempt);
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not right");

        // Five failures from this address lock this address out of the account, even with the right password.

        await BrowserApp.SignInAsync(page, TestUsers.Lockable.Email, TestUsers.Lockable.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("locked");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Mediator_signs_in_and_out()
    {
        var page = await app.SignedInPageAsync(TestUsers.Mediator);
        await Assertions.Expect(page.Locator(".account-name")).ToHaveTextAsync(TestUsers.Mediator.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
