using System.Net;
using System.Net.Http.Json;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Components.Pages.Texts;

/// <summary>The text pages as served (static render): the demo's illustrative draft, its brackets, redline, history and progress.</summary>
public sealed class TextPageTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private async Task<Guid> DemoAsync() =>
        (await app.NewClient().GetJsonAsync("/api/texts")).EnumerateArray().Single(t => t.GetProperty("title").GetString()!.StartsWith("Illustrative", StringComparison.Ordinal)).GetProperty("id").GetGuid();

    private static async Task<string> PageAsync(HttpClient client, string path, string language = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Text_page_old_version_shows_newer_notice_redline_history_and_never_calls_it_agreed()
    {
        var id = await DemoAsync();
        var html = await PageAsync(app.NewClient(), $"/texts/{id}?version=2&compare=1&clause=2.2");
        Assert.Contains("A newer version exists: version 3.", html, StringComparison.Ordinal);
        Assert.Contains("Nothing is agreed until everything is agreed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Initialled by", html, StringComparison.Ordinal);
        Assert.Contains("Redline: version 1 → 2", html, StringComparison.Ordinal);
        Assert.Matches("<ins[ >]", html);
        Assert.Contains("History of clause 2.2", html, StringComparison.Ordinal);
        Assert.Contains("class=\"alt by-ru\"", html, StringComparison.Ordinal);
        Assert.Contains("Clauses agreed, per version", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_page_in_ukrainian_and_dashboard_show_the_current_texts_progress()
    {
        var id = await DemoAsync();
        var html = await PageAsync(app.NewClient(), $"/texts/{id}", "uk");
        Assert.Contains("Стаття 1. Ceasefire", html, StringComparison.Ordinal);
        Assert.Contains("Ніщо не погоджено, доки не погоджено все", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Існує новіша версія", html, StringComparison.Ordinal);
        var dashboard = await PageAsync(app.NewClient(), "/", "ru");
        Assert.Contains("Текст переговоров", dashboard, StringComparison.Ordinal);
        Assert.Contains("Согласовано 6 из 16 пунктов, открытых скобок: 11", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_page_shows_a_draft_only_to_its_own_delegation()
    {
        var id = await DemoAsync();
        var ua = await app.ClientAsync(TestRole.DelegationUa);
        var drafted = await ua.PostAsJsonAsync(new Uri($"/api/texts/{id}/proposals", UriKind.Relative), new { clause = "6.1", bracket = 1, wording = "ZQX page draft wording" });
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        Assert.Contains("ZQX page draft wording", await PageAsync(ua, $"/texts/{id}"), StringComparison.Ordinal);
        foreach (var other in new[] { TestRole.DelegationRu, TestRole.Mediator, TestRole.Observer })
            Assert.DoesNotContain("ZQX page draft wording", await PageAsync(await app.ClientAsync(other), $"/texts/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync(new Uri($"/texts/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
    }
}
