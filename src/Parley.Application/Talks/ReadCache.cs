using System.Collections.Concurrent;

namespace Parley.Application.Talks;

/// <summary>
/// Caches read projections (timeline pages, dashboards, their JSON) until the next write. Concurrent misses on
/// one key share a single read, so a burst of requests after a write runs the query once. A read that began
/// before a write does not stay cached after it: each entry remembers the generation it was started in.
/// </summary>
/// <remarks>
/// The shared read runs on the scope of the request that started it, which awaits it to the end; callers pass
/// no cancellation token into it so one client going away cannot fail the others.
/// </remarks>
public sealed class ReadCache
{
    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (_entries.TryGetValue(key, out var hit))
        {
            return (T)await hit.Value.Value.ConfigureAwait(false);
        }
        if (_entries.Count >= MaxEntries)
        {
            return await read().ConfigureAwait(false);
        }
        var entry = _entries.GetOrAdd(key, _ => new Entry(Generation, new Lazy<Task<object>>(async () => await read().ConfigureAwait(false))));
        try
        {
            var value = (T)await entry.Value.Value.ConfigureAwait(false);
            if (entry.Generation != Generation)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
            return value;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    /// <summary>Called after every committed write.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private sealed record Entry(long Generation, Lazy<Task<object>> Value);
}
