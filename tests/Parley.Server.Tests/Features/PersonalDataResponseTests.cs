using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data;
using Parley.Server.Auth;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>
/// Finding 6 of the security review: every response that carries a stored person's data is an audited read. The
/// routes come from the API description the server publishes (<c>/openapi/v1.json</c>), so a new endpoint is called
/// here without anyone remembering to add it; a POST endpoint behind the personal-data policy must have a body in
/// <see cref="PersonalDataBodies"/>, or this test fails naming it.
/// </summary>
public sealed partial class PersonalDataResponseTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private static int _unique;

    /// <summary>Marker text → the stored record (person or child's case) it belongs to; null for a record the call itself creates.</summary>
    private readonly Dictionary<string, Guid?> _markers = [];

    private sealed record Call(string Path, HttpContent? Body);

    [Fact]
    public async Task Every_route_answering_with_a_stored_persons_data_has_an_audit_row_of_that_read()
    {
        var admin = await app.ClientAsync(TestRole.Administrator);
        var document = await admin.GetJsonAsync("/openapi/v1.json");
        var seeds = await SeedAsync();
        var personalDataPosts = PersonalDataPostRoutes();
        List<string> failures = [];
        var withMarkers = 0;
        var calls = 0;
        foreach (var role in new[] { TestRole.HumanitarianHost, TestRole.HumanitarianUa })
        {
            var client = await app.ClientAsync(role);
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject())
                {
                    var method = operation.Name.ToUpperInvariant();
                    var route = $"{method} {path.Name}";
                    if (method is not ("GET" or "POST") || Skipped(path.Name))
                        continue;
                    Call call;
                    if (method == "POST" && PersonalDataBodies.TryGetValue(route, out var make))
                        call = await make(this, seeds);
                    else if (method == "POST" && personalDataPosts.Contains(path.Name))
                    {
                        failures.Add($"{route} is behind the personal-data policy but has no body in {nameof(PersonalDataBodies)}: add one that exercises it");
                        continue;
                    }
                    else
                        call = new(Fill(path.Name, operation.Value, seeds), method == "POST" ? JsonContent.Create(new { }) : null);
                    var before = await LastReadIdAsync();
                    using var response = method == "GET"
                        ? await client.GetAsync(new Uri(call.Path, UriKind.Relative))
                        : await client.PostAsync(new Uri(call.Path, UriKind.Relative), call.Body);
                    calls++;
                    var text = await response.Content.ReadAsStringAsync();
                    var shown = _markers.Where(m => text.Contains(m.Key, StringComparison.Ordinal)).ToList();
                    if (shown.Count == 0)
                        continue;
                    withMarkers++;
                    var party = role == TestRole.HumanitarianUa ? "UA" : null;
                    foreach (var (marker, record) in shown)
                    {
                        if (!await ReadRecordedAsync(before, record, party))
                            failures.Add($"{route} ({call.Path}) as {role} answered {(int)response.StatusCode} with {marker} (record {record}) and wrote no audit row of that read");
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // Not vacuous: the reads and writes that show persons were reached.
        Assert.True(withMarkers >= 10, $"only {withMarkers} of {calls} responses carried a marker");
    }

    /// <summary>Account routes change the caller's own sign-in (signing out would end the test's session); they carry no one's persons.</summary>
    private static bool Skipped(string path) => path.StartsWith("/api/account", StringComparison.Ordinal);

    /// <summary>POST routes whose endpoint requires the personal-data policy, from the server's own endpoint table.</summary>
    private HashSet<string> PersonalDataPostRoutes()
    {
        var sources = app.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return [.. sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true
                && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ParleyPolicies.PersonalData))
            .Select(e => "/" + Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), @"\{(\w+)(:[^}]*)?\}", "{$1}").TrimEnd('/'))];
    }

    /// <summary>Route and required query parameters filled with the seeded records' ids (others: a fresh id, or UA).</summary>
    private static string Fill(string template, JsonElement operation, Seeds seeds)
    {
        var path = Regex.Replace(template, @"\{(\w+)\}", m => m.Groups[1].Value switch
        {
            "id" when template.StartsWith("/api/humanitarian/persons", StringComparison.Ordinal) => seeds.UaPerson.ToString(),
            "id" when template.StartsWith("/api/children", StringComparison.Ordinal) => seeds.Case.ToString(),
            "id" when template.StartsWith("/api/exchanges", StringComparison.Ordinal) => seeds.Batch.ToString(),
            "id" => Guid.NewGuid().ToString(),
            _ => Parameter(operation, m.Groups[1].Value) == "uuid" ? Guid.NewGuid().ToString() : "1",
        });
        var query = new List<string>();
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var p in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query" && p.TryGetProperty("required", out var r) && r.GetBoolean()))
                query.Add(p.GetProperty("name").GetString() + "=UA");
        }
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    private static string? Parameter(JsonElement operation, string name) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("name").GetString() == name)
                .Select(p => p.TryGetProperty("schema", out var s) && s.TryGetProperty("format", out var f) ? f.GetString() : null).FirstOrDefault()
            : null;

    private async Task<long> LastReadIdAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().PersonalDataReads.Select(r => (long?)r.Id).MaxAsync() ?? 0;
    }

    private async Task<bool> ReadRecordedAsync(long after, Guid? record, string? party)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().PersonalDataReads
            .AnyAsync(r => r.Id > after && (record == null || r.RecordId == record) && r.Role == "humanitarian" && r.Party == party);
    }
}
