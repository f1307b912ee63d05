using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Parley.Ledger.Entries;

/// <summary>
/// One log entry: the RFC 8785 canonical JSON of <c>{v, seq, time, author, party, kind, visibility, payload}</c>.
/// For a public record the payload is the record; for any other it is <c>{"commitment": base64(hash)}</c>
/// (<see cref="SaltedCommitment"/>). At most 65,535 bytes (tlog-tiles entry bundles), so large content enters as its hash.
/// </summary>
public sealed record LogEntry(long Seq, DateTimeOffset Time, string Author, string? Party, string Kind, Visibility Visibility, JsonElement Payload)
{
    /// <summary>The schema version written in <c>v</c>.</summary>
    public const int Version = 1;

    /// <summary>Largest entry the log takes.</summary>
    public const int MaxSize = ushort.MaxValue;

    /// <summary>An entry for a public record: the payload is the record itself.</summary>
    public static LogEntry ForPublic(long seq, DateTimeOffset time, string author, string? party, string kind, JsonElement record) =>
        new(seq, time, author, party, kind, Visibility.Public, record);

    /// <summary>An entry for a non-public record: the payload is only the commitment's hash.</summary>
    public static LogEntry ForCommitment(long seq, DateTimeOffset time, string author, string? party, string kind, Visibility visibility, SaltedCommitment commitment)
    {
        if (visibility == Visibility.Public)
        {
            throw new ArgumentException("a public record enters the log in the clear", nameof(visibility));
        }
        var payload = JsonSerializer.SerializeToElement(new JsonObject { ["commitment"] = Convert.ToBase64String(commitment.Hash) });
        return new(seq, time, author, party, kind, visibility, payload);
    }

    /// <summary>The commitment hash of a non-public entry, or null for a public one.</summary>
    public byte[]? CommitmentHash =>
        Visibility != Visibility.Public && Payload.ValueKind == JsonValueKind.Object && Payload.TryGetProperty("commitment", out var c) && c.ValueKind == JsonValueKind.String
            ? Convert.FromBase64String(c.GetString()!)
            : null;

    /// <summary>The canonical bytes that are hashed into the tree.</summary>
    public byte[] ToBytes()
    {
        var node = new JsonObject
        {
            ["v"] = Version,
            ["seq"] = Seq,
            ["time"] = Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["author"] = Author,
            ["party"] = Party,
            ["kind"] = Kind,
            ["visibility"] = VisibilityName(Visibility),
            ["payload"] = JsonNode.Parse(Payload.GetRawText()),
        };
        var bytes = CanonicalJson.Serialize(JsonSerializer.SerializeToElement(node));
        if (bytes.Length > MaxSize)
        {
            throw new LedgerFormatException($"entry {Seq} ({Kind}) is {bytes.Length} bytes; the log takes at most {MaxSize}: enter large content as its hash");
        }
        return bytes;
    }

    /// <summary>Parses entry bytes, requiring the canonical form and every field; errors name the field.</summary>
    public static LogEntry Parse(ReadOnlySpan<byte> bytes)
    {
        using var document = ParseDocument(bytes);
        var root = document.RootElement;
        if (!CanonicalForm.IsCanonical(bytes))
        {
            throw new LedgerFormatException("entry: not in RFC 8785 canonical form");
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new LedgerFormatException("entry: not a JSON object");
        }
        var version = Integer(root, "v");
        if (version != Version)
        {
            throw new LedgerFormatException($"entry field 'v': version {version} is not {Version}");
        }
        var seq = Integer(root, "seq");
        var timeText = Field(root, "time", JsonValueKind.String).GetString()!;
        if (!DateTimeOffset.TryParseExact(timeText, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            throw new LedgerFormatException($"entry field 'time': '{timeText}' is not yyyy-MM-ddTHH:mm:ss.fffZ");
        }
        var party = root.TryGetProperty("party", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        var visibilityText = Field(root, "visibility", JsonValueKind.String).GetString()!;
        var visibility = ParseVisibility(visibilityText);
        if (!root.TryGetProperty("payload", out var payloadElement))
        {
            throw new LedgerFormatException("entry field 'payload': missing");
        }
        var payload = payloadElement.Clone();
        if (visibility != Visibility.Public && !IsCommitment(payload))
        {
            throw new LedgerFormatException($"entry field 'payload': a {visibilityText} entry must hold only {{\"commitment\": base64 of 32 bytes}}");
        }
        return new LogEntry(seq, time, Field(root, "author", JsonValueKind.String).GetString()!, party,
            Field(root, "kind", JsonValueKind.String).GetString()!, visibility, payload);
    }

    /// <summary>The wire name of a visibility.</summary>
    public static string VisibilityName(Visibility visibility) => visibility switch
    {
        Visibility.Public => "public",
        Visibility.Shared => "shared",
        Visibility.PartyPrivate => "party-private",
        Visibility.MediatorOnly => "mediator-only",
        _ => throw new ArgumentOutOfRangeException(nameof(visibility)),
    };

    private static Visibility ParseVisibility(string text) => text switch
    {
        "public" => Visibility.Public,
        "shared" => Visibility.Shared,
        "party-private" => Visibility.PartyPrivate,
        "mediator-only" => Visibility.MediatorOnly,
        _ => throw new LedgerFormatException($"entry field 'visibility': '{text}' is not public, shared, party-private or mediator-only"),
    };

    private static JsonDocument ParseDocument(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return JsonDocument.Parse(bytes.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new LedgerFormatException($"entry: not JSON: {e.Message}", e);
        }
    }

    private static bool IsCommitment(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || payload.EnumerateObject().Count() != 1 ||
            !payload.TryGetProperty("commitment", out var c) || c.ValueKind != JsonValueKind.String)
        {
            return false;
        }
        var buffer = new byte[48];
        return Convert.TryFromBase64String(c.GetString()!, buffer, out var written) && written == 32;
    }

    private static long Integer(JsonElement root, string name)
    {
        if (!Field(root, name, JsonValueKind.Number).TryGetInt64(out var value) || value < 0)
        {
            throw new LedgerFormatException($"entry field '{name}': not a non-negative integer");
        }
        return value;
    }

    private static JsonElement Field(JsonElement root, string name, JsonValueKind kind)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != kind)
        {
            throw new LedgerFormatException($"entry field '{name}': missing or not a {kind.ToString().ToLowerInvariant()}");
        }
        return value;
    }
}
