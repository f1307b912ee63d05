using System.Net;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>Who a log pseudonym is: administrators only, each lookup audited, the answer never in the public log.</summary>
public sealed class LogAuthorLookupTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    [Fact]
    public async Task Author_pseudonym_maps_to_the_account_for_administrators_only_and_is_audited()
    {
        var admin = await app.ClientAsync(TestRole.Administrator);
        var officer = (await admin.GetJsonAsync("/api/users")).EnumerateArray().Single(u => u.GetProperty("email").GetString() == ParleyApp.Email(TestRole.HumanitarianUa));
        var id = officer.GetProperty("id").GetString()!;
        var pseudonym = $"humanitarian/UA/{Parley.Application.Log.LogAuthor.Pseudonym(id)}";

        var found = await admin.GetJsonAsync($"/api/users/author?pseudonym={Uri.EscapeDataString(pseudonym)}");
        Assert.Equal(ParleyApp.Email(TestRole.HumanitarianUa), Assert.Single(found.EnumerateArray()).GetProperty("email").GetString());
        var reads = await admin.GetJsonAsync("/api/audit/personal-data");
        Assert.Contains(reads.EnumerateArray(), r => r.GetProperty("recordKind").GetString() == "account"
            && r.GetProperty("recordId").GetGuid() == Guid.Parse(id) && r.GetProperty("purpose").GetString() == "log author lookup");

        foreach (var role in new[] { TestRole.Mediator, TestRole.HumanitarianHost, TestRole.DelegationUa, TestRole.Observer })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync(role)).GetAsync(new Uri($"/api/users/author?pseudonym={pseudonym}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await app.ClientAsync(TestRole.Anonymous)).GetAsync(new Uri($"/api/users/author?pseudonym={pseudonym}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(new Uri("/api/users/author?pseudonym=humanitarian/UA/xyz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Account_list_is_an_audited_read_of_every_account_it_shows()
    {
        var admin = await app.ClientAsync(TestRole.Administrator);
        var listed = (await admin.GetJsonAsync("/api/users")).EnumerateArray().Select(u => Guid.Parse(u.GetProperty("id").GetString()!)).ToHashSet();

        var reads = (await admin.GetJsonAsync("/api/audit/personal-data")).EnumerateArray()
            .Where(r => r.GetProperty("recordKind").GetString() == "account" && r.GetProperty("purpose").GetString() == "account list")
            .Select(r => r.GetProperty("recordId").GetGuid()).ToHashSet();
        Assert.NotEmpty(listed);
        Assert.Subset(reads, listed);
    }
}
