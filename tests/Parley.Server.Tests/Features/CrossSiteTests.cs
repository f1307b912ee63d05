using System.Net;
using System.Text;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>A POST a page on another site could make (no body, a form, text/plain) needs the antiforgery token.</summary>
public sealed class CrossSiteTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    public static TheoryData<TestRole, string> RawBodyEndpoints() => new()
    {
        { TestRole.HumanitarianUa, "/api/humanitarian/lists/preview?party=UA&heldBy=RU" },
        { TestRole.HumanitarianUa, "/api/humanitarian/lists?party=UA&heldBy=RU" },
        { TestRole.HumanitarianHost, $"/api/exchanges/{Guid.Empty}/signatures" },
        { TestRole.HumanitarianHost, $"/api/exchanges/{Guid.Empty}/confirmations" },
        { TestRole.Mediator, "/api/rounds" },
        { TestRole.Administrator, $"/api/keys/{Guid.Empty}/revoke" },
    };

    [Theory]
    [MemberData(nameof(RawBodyEndpoints))]
    public async Task Post_text_plain_without_token_is_refused_before_the_endpoint(TestRole role, string path)
    {
        var client = await app.ClientAsync(role);
        var before = await PersonsAsync();
        var response = await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(
            "id,family_name,given_name,patronymic,date_of_birth,sex,category\nX-1,Шевченко,Олександр,Іванович,1994-03-12,M,military\n", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Cross-site request refused", (await response.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(before, await PersonsAsync());
    }

    [Fact]
    public async Task Post_without_body_needs_the_token_and_passes_with_it()
    {
        var admin = await app.ClientAsync(TestRole.Administrator);
        var path = new Uri($"/api/keys/{Guid.NewGuid()}/revoke", UriKind.Relative);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync(path, null)).StatusCode);

        var token = (await admin.GetJsonAsync("/api/account/antiforgery")).GetProperty("token").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add("RequestVerificationToken", token);
        Assert.NotEqual(HttpStatusCode.Forbidden, (await admin.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Post_csv_body_passes_the_guard()
    {
        var client = await app.ClientAsync(TestRole.HumanitarianUa);
        using var content = new StringContent("id,family_name,given_name,patronymic,date_of_birth,sex,category\nX-2,Шевченко,Олександр,Іванович,1994-03-12,M,military\n", Encoding.UTF8, "text/csv");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/api/humanitarian/lists/preview?party=UA&heldBy=RU", UriKind.Relative), content)).StatusCode);
    }

    private async Task<int> PersonsAsync() => await (await app.ClientAsync(TestRole.HumanitarianHost)).CountAsync("/api/humanitarian/persons");
}
