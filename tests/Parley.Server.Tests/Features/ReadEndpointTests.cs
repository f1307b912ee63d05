using System.Net;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

public sealed class ReadEndpointTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    [Fact]
    public async Task Timeline_first_page_is_fifty_newest_first_and_public_only_for_anonymous()
    {
        var page = await (await app.ClientAsync(TestRole.Anonymous)).GetJsonAsync("/api/timeline");
        Assert.Equal(50, page.GetProperty("pageSize").GetInt32());
        var dates = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("on").GetString()!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("Public", i.GetProperty("visibility").GetString()));
    }

    [Fact]
    public async Task Timeline_party_by_name_and_kind_in_any_case()
    {
        var page = await (await app.ClientAsync(TestRole.Observer)).GetJsonAsync("/api/timeline?party=russia&kind=ROUND");
        Assert.Equal(3, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Dashboard_on_a_date_shows_days_left_and_later_expired()
    {
        var client = await app.ClientAsync(TestRole.Anonymous);
        var before = (await client.GetJsonAsync("/api/dashboard?today=2025-08-01")).GetProperty("deadlines")[0].GetProperty("state");
        Assert.Equal((7, false), (before.GetProperty("daysLeft").GetInt32(), before.GetProperty("expired").GetBoolean()));
        var after = (await client.GetJsonAsync("/api/dashboard?today=2025-08-09")).GetProperty("deadlines")[0].GetProperty("state");
        Assert.True(after.GetProperty("expired").GetBoolean());
        Assert.Equal("2025-08-08", after.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task Matrix_shows_diametrically_opposed_and_hides_other_partys_draft()
    {
        var ru = await (await app.ClientAsync(TestRole.DelegationRu)).GetJsonAsync("/api/matrix?asOf=2025-07-31");
        var nato = ru.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("issue").GetString() == "NatoMembership");
        Assert.Equal("DiametricallyOpposed", nato.GetProperty("divergence").GetString());
        var sanctions = ru.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("issue").GetString() == "Sanctions");
        var uaCell = sanctions.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("party").GetString() == "UA");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, uaCell.GetProperty("stance").ValueKind);
    }

    [Fact]
    public async Task Calendar_lists_deadline_rounds_and_summit_window_as_all_day_events()
    {
        var response = await (await app.ClientAsync(TestRole.Anonymous)).GetAsync(new Uri("/calendar.ics", UriKind.Relative));
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("DTSTART;VALUE=DATE:20250808", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20250723", text, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20250901", text, StringComparison.Ordinal);
        Assert.True(text.Split("BEGIN:VEVENT").Length - 1 >= 5);
    }

    [Fact]
    public async Task OpenApi_document_and_reference_page_are_served()
    {
        var client = await app.ClientAsync(TestRole.Anonymous);
        var document = await client.GetJsonAsync("/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/timeline", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/rounds/{id}", out _));
        var page = await client.GetAsync(new Uri("/scalar/v1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Persons_names_come_back_in_the_script_they_were_entered_in()
    {
        var response = await (await app.ClientAsync(TestRole.Anonymous)).GetAsync(new Uri("/api/persons", UriKind.Relative));
        Assert.Contains("Володимир Зеленський", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
