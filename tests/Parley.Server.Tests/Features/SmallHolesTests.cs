using System.Net;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>Return addresses with control characters and paging past any possible page are clear 400s.</summary>
public sealed class SmallHolesTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    [Fact]
    public async Task FormLogin_return_url_with_control_characters_is_400_and_the_sign_in_stands()
    {
        var client = app.NewClient();
        var tokens = await client.GetJsonAsync("/api/account/antiforgery");
        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [tokens.GetProperty("formFieldName").GetString()!] = tokens.GetProperty("token").GetString()!,
            ["email"] = ParleyApp.Email(TestRole.Observer),
            ["password"] = ParleyApp.Password,
            ["returnUrl"] = "/timeline\r\nSet-Cookie: x=1",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("returnUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("observer", (await client.GetJsonAsync("/api/account/me")).GetProperty("role").GetString());
    }

    [Fact]
    public async Task Culture_return_url_with_control_characters_is_400()
    {
        var client = app.NewClient();
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync(new Uri("/culture", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["culture"] = "uk", ["returnUrl"] = "/\u0001",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public static TheoryData<TestRole, string, string> Paging() => new()
    {
        { TestRole.Anonymous, "/api/timeline?page=999999999", "page" },
        { TestRole.Anonymous, "/api/timeline?page=2147483647&pageSize=200", "page" },
        { TestRole.Anonymous, "/api/timeline?pageSize=0", "pageSize" },
        { TestRole.HumanitarianHost, "/api/humanitarian/persons?page=999999999", "page" },
        { TestRole.HumanitarianHost, "/api/humanitarian/persons?pageSize=100000", "pageSize" },
        { TestRole.HumanitarianHost, "/api/humanitarian/persons?page=0", "page" },
        { TestRole.Mediator, "/api/audit?count=0", "count" },
        { TestRole.Administrator, "/api/audit/personal-data?count=100000000", "count" },
    };

    [Theory]
    [MemberData(nameof(Paging))]
    public async Task Paging_out_of_range_is_a_400_naming_the_parameter(TestRole role, string path, string field)
    {
        var response = await (await app.ClientAsync(role)).GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }
}
