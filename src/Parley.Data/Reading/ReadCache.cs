using System.Collections.Concurrent;

namespace Parley.Data.Reading;

/// <summary>
/// Caches read projections (timeline pages, dashboards) until the next write. A read that began before a write
/// does not store its result afterwards: each entry remembers the generation it was computed in.
/// </summary>
public sealed class ReadCache
{
    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<string, object> _entries = new(StringComparer.Ordinal);
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (_entries.TryGetValue(key, out var hit))
        {
            return (T)hit;
        }
        var generation = Generation;
        var value = await read().ConfigureAwait(false);
        if (generation == Generation && _entries.Count < MaxEntries)
        {
            _entries[key] = value;
            if (generation != Generation)
            {
                _entries.TryRemove(key, out _);
            }
        }
        return value;
    }

    /// <summary>Called after every committed write.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }
}
