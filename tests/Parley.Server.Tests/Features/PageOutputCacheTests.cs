using System.Net;
using System.Text.RegularExpressions;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>
/// The dashboard page's HTML cache (<c>Components/PageCache/PageOutputCache</c>): a write shows at once, and every
/// reader's forms carry a token that is their own and that the server accepts.
/// </summary>
public sealed partial class PageOutputCacheTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    [Fact]
    public async Task Dashboard_page_cached_shows_a_new_statement_right_after_the_write()
    {
        var reader = app.NewClient();
        var quotation = "Cache check " + Guid.NewGuid().ToString("N")[..8];
        var before = await reader.GetStringAsync(new Uri("/", UriKind.Relative));
        await reader.GetStringAsync(new Uri("/", UriKind.Relative)); // now served from the cache
        Assert.DoesNotContain(quotation, before, StringComparison.Ordinal);

        await (await app.ClientAsync(TestRole.Mediator)).CreateAsync("/api/statements", new
        {
            speakerName = "Newest", saidOn = "2031-01-01", quotation, source = "test",
        });

        Assert.Contains(quotation, await reader.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_page_from_the_cache_gives_each_reader_a_token_of_their_own_that_works()
    {
        var first = app.NewClient();
        var second = app.NewClient();
        await first.GetStringAsync(new Uri("/", UriKind.Relative));
        var a2 = Token(await first.GetStringAsync(new Uri("/", UriKind.Relative)));
        var b = Token(await second.GetStringAsync(new Uri("/", UriKind.Relative)));

        Assert.NotEqual("", a2);
        Assert.NotEqual(a2, b);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostCultureAsync(first, b)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostCultureAsync(first, a2)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostCultureAsync(second, b)).StatusCode);
    }

    private static Task<HttpResponseMessage> PostCultureAsync(HttpClient client, string token) =>
        client.PostAsync(new Uri("/culture", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["culture"] = "uk", ["returnUrl"] = "/",
        }));

    private static string Token(string page) => TokenField().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
