using System.Net.Http.Json;
using System.Text.Json;

namespace Parley.Server.Tests.Infrastructure;

internal static class Api
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true,
            $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        return await response.JsonAsync();
    }

    /// <summary>Creates a record and returns its id and version.</summary>
    public static async Task<(Guid Id, int Version)> CreateAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        var json = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {json}");
        return (json.GetProperty("id").GetGuid(), json.GetProperty("version").GetInt32());
    }

    public static async Task<int> CountAsync(this HttpClient client, string path) => (await client.GetJsonAsync(path)).GetArrayLength();
}
