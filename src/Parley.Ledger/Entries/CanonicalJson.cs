using System.Text;
using System.Text.Json;

namespace Parley.Ledger.Entries;

/// <summary>
/// The JSON Canonicalization Scheme of RFC 8785 (JCS): object members sorted by their UTF-16 code units,
/// no whitespace, strings with the minimal escapes, numbers as ECMAScript's Number.prototype.toString.
/// </summary>
public static class CanonicalJson
{
    /// <summary>Canonical UTF-8 bytes of <paramref name="element"/>.</summary>
    public static byte[] Serialize(JsonElement element)
    {
        var builder = new StringBuilder();
        try
        {
            Write(element, builder);
        }
        catch (PathError e)
        {
            // The path is only built when something is wrong: building it for every value cost more than the rest.
            throw new LedgerFormatException($"JSON ${string.Concat(Enumerable.Reverse(e.Segments))}: {e.Reason}", e);
        }
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>Parses <paramref name="json"/> (UTF-8) and returns its canonical form; errors name the JSON path.</summary>
    public static byte[] Canonicalize(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
            return Serialize(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new LedgerFormatException($"JSON: {e.Message}", e);
        }
    }

    private static void Write(JsonElement element, StringBuilder builder)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, builder);
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    builder.Append(index == 0 ? "" : ",");
                    try
                    {
                        Write(item, builder);
                    }
                    catch (PathError e)
                    {
                        e.Segments.Add($"[{index}]");
                        throw;
                    }
                    index++;
                }
                builder.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(StringOf(element), builder);
                break;
            case JsonValueKind.Number:
                if (!element.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    throw new PathError($"number {element.GetRawText()} is outside IEEE-754 double range");
                }
                builder.Append(EcmaNumber.Format(number));
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Null:
                builder.Append("null");
                break;
            default:
                throw new PathError("no value");
        }
    }

    private static string StringOf(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json refuses to decode an escaped unpaired surrogate into a string.
            throw new PathError("string has an unpaired surrogate", e);
        }
    }

    private static void WriteObject(JsonElement element, StringBuilder builder)
    {
        var members = element.EnumerateObject().ToList();
        members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        builder.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0 && members[i].Name == members[i - 1].Name)
            {
                throw new PathError($"member '{members[i].Name}' appears twice");
            }
            builder.Append(i == 0 ? "" : ",");
            WriteString(members[i].Name, builder);
            builder.Append(':');
            try
            {
                Write(members[i].Value, builder);
            }
            catch (PathError e)
            {
                e.Segments.Add("." + members[i].Name);
                throw;
            }
        }
        builder.Append('}');
    }

    private static void WriteString(string value, StringBuilder builder)
    {
        if (HasLoneSurrogate(value))
        {
            throw new PathError("string has an unpaired surrogate");
        }
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A problem found while writing; the path to it is collected as the stack unwinds.</summary>
    private sealed class PathError(string reason, Exception? inner = null) : Exception(reason, inner)
    {
        public string Reason { get; } = reason;

        public List<string> Segments { get; } = [];
    }
}
