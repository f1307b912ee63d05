using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Parley.Application.Talks;
namespace Parley.Server.Api;

/// <summary>
/// Serves a read projection from the read cache as ready UTF-8 JSON, so a repeated read (the timeline's first
/// page, the dashboard) costs a dictionary lookup and a copy rather than a query and a serialisation. The cache
/// is cleared by every write, so a reader never sees a page older than the last committed change.
/// </summary>
internal sealed class CachedJson(ReadCache cache, IOptions<JsonOptions> json)
{
    public async Task<IResult> GetAsync<T>(string key, Func<Task<T>> read)
        where T : class
    {
        var bytes = await cache.GetOrAddAsync("json|" + key, async () => JsonSerializer.SerializeToUtf8Bytes(await read(), json.Value.SerializerOptions));
        return TypedResults.Bytes(bytes, "application/json; charset=utf-8");
    }
}
