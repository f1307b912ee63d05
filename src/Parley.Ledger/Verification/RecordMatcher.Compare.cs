using System.Security.Cryptography;
using System.Text.Json;
using Parley.Ledger.Entries;

namespace Parley.Ledger.Verification;

public sealed partial class RecordMatcher
{
    private const int ShownValue = 80;

    private string? CheckOpened(VisibleRecord record, RecordOpening opening)
    {
        if (_opened.Contains(opening.Seq))
        {
            return null;
        }
        ProblemMayBeNewerThanCheckpoint = true;
        return $"record {record.Name} (version {record.Version}): its opening names entry {opening.Seq}, which is no commitment to a record in the signed log";
    }

    private string? CheckPublic(VisibleRecord record)
    {
        if (!_latest.TryGetValue(record.Id, out var latest))
        {
            ProblemMayBeNewerThanCheckpoint = true;
            return $"record {record.Name} (version {record.Version}) is served but no log entry records it";
        }
        if (latest.Deleted)
        {
            return $"record {record.Name} is served, but entry {latest.Seq} deleted it";
        }
        if (latest.Version != record.Version)
        {
            ProblemMayBeNewerThanCheckpoint = latest.Version < record.Version;
            return $"record {record.Name} is served at version {record.Version}, but its latest log entry {latest.Seq} has version {latest.Version}";
        }
        var payload = latest.Payload!.Value;
        if (payload.TryGetProperty("record", out var logged))
        {
            return Difference(logged, record.Content) is { } field
                ? $"record {record.Name} (version {record.Version}) does not match entry {latest.Seq}: {field}"
                : null;
        }
        if (payload.TryGetProperty("sha256", out var hash) && hash.ValueKind == JsonValueKind.String)
        {
            var actual = Convert.ToBase64String(SHA256.HashData(CanonicalJson.Serialize(record.Content)));
            return actual == hash.GetString()
                ? null
                : $"record {record.Name} (version {record.Version}) does not match the SHA-256 in entry {latest.Seq}";
        }
        return $"entry {latest.Seq}: public payload for {record.Id} holds neither 'record' nor 'sha256'";
    }

    /// <summary>Null when both are the same canonical JSON, else which top-level field differs and how.</summary>
    private static string? Difference(JsonElement logged, JsonElement served)
    {
        if (CanonicalJson.Serialize(logged).AsSpan().SequenceEqual(CanonicalJson.Serialize(served)))
        {
            return null;
        }
        if (logged.ValueKind != JsonValueKind.Object || served.ValueKind != JsonValueKind.Object)
        {
            return "the content differs";
        }
        var names = logged.EnumerateObject().Select(p => p.Name).Union(served.EnumerateObject().Select(p => p.Name)).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var a = logged.TryGetProperty(name, out var l) ? Text(l) : "(absent)";
            var b = served.TryGetProperty(name, out var s) ? Text(s) : "(absent)";
            if (a != b)
            {
                return $"field '{name}' is {Shown(b)} as served, {Shown(a)} in the log";
            }
        }
        return "the content differs";
    }

    private static string Text(JsonElement value) => System.Text.Encoding.UTF8.GetString(CanonicalJson.Serialize(value));

    private static string Shown(string text) => text.Length <= ShownValue ? text : text[..ShownValue] + "…";
}
