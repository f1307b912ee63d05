using System.Text.Json;
using Parley.Domain.Records;
using Parley.Ledger;
using Parley.Ledger.Verification;

namespace Parley.Cli.Commands;

/// <summary>
/// The records the caller may see, read through the JSON API (<c>GET /api/&lt;kind&gt;</c>) with the openings of the
/// non-public ones (<c>GET /log/openings</c>), for <see cref="RecordMatcher"/>.
/// </summary>
internal static class RecordSources
{
    private static readonly (string Path, RecordKind Kind)[] Sources =
    [
        ("parties", RecordKind.Party), ("persons", RecordKind.Person), ("rounds", RecordKind.Round),
        ("summits", RecordKind.SummitProposal), ("deadlines", RecordKind.Deadline), ("positions", RecordKind.Position),
        ("statements", RecordKind.Statement), ("incidents", RecordKind.Incident), ("figures", RecordKind.DisputedFigure),
        ("notes", RecordKind.Note),
    ];

    /// <summary>The entry kind prefixes of these records, as the write path names them (<c>round.update</c>).</summary>
    public static IEnumerable<string> Kinds => Sources.Select(s => s.Kind.ToString().ToLowerInvariant());

    public static async Task<ServedRecords> LoadAsync(ILogFetcher fetcher, CancellationToken cancellationToken)
    {
        var (openings, withdrawn) = await OpeningsAsync(fetcher, cancellationToken);
        List<VisibleRecord> records = [];
        foreach (var (path, _) in Sources)
        {
            var body = await fetcher.GetAsync("api/" + path, cancellationToken)
                ?? throw new LedgerFormatException($"GET api/{path}: the server does not serve this record API");
            using var document = Parse(body, "api/" + path);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new LedgerFormatException($"GET api/{path}: not a JSON array");
            }
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number))
                {
                    throw new LedgerFormatException($"GET api/{path}: item {index} has no string 'id' and integer 'version'");
                }
                var key = id.GetString()!;
                records.Add(new VisibleRecord($"api/{path}/{key}", key, number, WithoutDerived(item), openings.GetValueOrDefault(key)));
                index++;
            }
        }
        return new ServedRecords(records, withdrawn);
    }

    private static async Task<(Dictionary<string, RecordOpening> Openings, Dictionary<string, long> Withdrawn)> OpeningsAsync(ILogFetcher fetcher, CancellationToken cancellationToken)
    {
        Dictionary<string, RecordOpening> openings = new(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, long> withdrawn = new(StringComparer.OrdinalIgnoreCase);
        if (await fetcher.GetAsync("log/openings", cancellationToken) is not { } body)
        {
            return (openings, withdrawn);
        }
        using var document = Parse(body, "log/openings");
        JsonElement current = default;
        try
        {
            foreach (var item in document.RootElement.GetProperty("openings").EnumerateArray())
            {
                current = item;
                openings[item.GetProperty("id").GetString()!] = new RecordOpening(item.GetProperty("seq").GetInt64(), Convert.FromBase64String(item.GetProperty("salt").GetString()!));
            }
            foreach (var item in document.RootElement.GetProperty("withdrawn").EnumerateArray())
            {
                current = item;
                withdrawn[item.GetProperty("id").GetString()!] = item.GetProperty("seq").GetInt64();
            }
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new LedgerFormatException($"GET log/openings: malformed item {(current.ValueKind == JsonValueKind.Undefined ? "" : current.GetRawText())}: {e.Message}", e);
        }
        return (openings, withdrawn);
    }

    private static JsonDocument Parse(byte[] body, string path)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new LedgerFormatException($"GET {path}: not JSON: {e.Message}", e);
        }
    }

    /// <summary>
    /// The record as the log binds it: the API adds fields derived on each read from the record and today's date
    /// (a deadline's or proposal's <c>state</c>), which no commitment covers, so they are left out of the comparison.
    /// </summary>
    private static JsonElement WithoutDerived(JsonElement item)
    {
        if (!item.TryGetProperty(DerivedField, out _))
        {
            return item.Clone();
        }
        var copy = System.Text.Json.Nodes.JsonNode.Parse(item.GetRawText())!.AsObject();
        copy.Remove(DerivedField);
        return JsonSerializer.SerializeToElement(copy);
    }

    private const string DerivedField = "state";
}
