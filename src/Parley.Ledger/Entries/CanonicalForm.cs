using System.Text.Json;

namespace Parley.Ledger.Entries;

/// <summary>
/// Whether UTF-8 JSON is already in RFC 8785 canonical form, checked in one pass over the bytes without
/// writing the canonical form out: no whitespace, members in UTF-16 order and unique, strings with only the
/// escapes JCS writes, numbers as ECMAScript prints them. Verifiers check a million entries this way, so it
/// must not allocate per value; <see cref="CanonicalJson.Serialize"/> stays the reference it is tested against.
/// </summary>
internal static class CanonicalForm
{
    private static readonly JsonReaderOptions s_options = new() { MaxDepth = 64 };

    /// <summary>True when <paramref name="json"/> is one JSON value in canonical form; false for any other JSON.</summary>
    /// <exception cref="JsonException">The bytes are not JSON.</exception>
    public static bool IsCanonical(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, s_options);
        // The last member name seen in each open object; a name is only compared with its predecessor.
        var previousNames = new List<string?>();
        long end = 0;
        while (reader.Read())
        {
            var start = reader.TokenStartIndex;
            var gap = start - end;
            if (gap > 1 || (gap == 1 && json[(int)end] is not ((byte)',' or (byte)':')))
            {
                return false;
            }
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    previousNames.Add(null);
                    end = start + 1;
                    break;
                case JsonTokenType.StartArray:
                    previousNames.Add(null);
                    end = start + 1;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    previousNames.RemoveAt(previousNames.Count - 1);
                    end = start + 1;
                    break;
                case JsonTokenType.PropertyName:
                    if (!StringIsCanonical(ref reader) || !NameFollows(ref reader, previousNames))
                    {
                        return false;
                    }
                    end = start + reader.ValueSpan.Length + 2;
                    break;
                case JsonTokenType.String:
                    if (!StringIsCanonical(ref reader))
                    {
                        return false;
                    }
                    end = start + reader.ValueSpan.Length + 2;
                    break;
                case JsonTokenType.Number:
                    if (!NumberIsCanonical(reader.ValueSpan))
                    {
                        return false;
                    }
                    end = start + reader.ValueSpan.Length;
                    break;
                default:
                    end = start + reader.ValueSpan.Length;
                    break;
            }
        }
        return end == json.Length;
    }

    private static bool NameFollows(ref Utf8JsonReader reader, List<string?> previousNames)
    {
        var name = reader.GetString()!;
        var previous = previousNames[^1];
        previousNames[^1] = name;
        return previous is null || string.CompareOrdinal(previous, name) < 0;
    }

    /// <summary>JCS escapes only '"', '\' and control characters, with the two-letter forms where JSON has them.</summary>
    private static bool StringIsCanonical(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence)
        {
            return false;
        }
        var raw = reader.ValueSpan;
        if (!System.Text.Unicode.Utf8.IsValid(raw))
        {
            return false;
        }
        if (!reader.ValueIsEscaped)
        {
            return true;
        }
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\')
            {
                continue;
            }
            var e = raw[++i];
            if (e is (byte)'"' or (byte)'\\' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
            {
                continue;
            }
            // \u00XX, lower-case hex, for a control character that has no two-letter form.
            if (e != 'u' || raw[i + 1] != '0' || raw[i + 2] != '0' || raw[i + 3] is not ((byte)'0' or (byte)'1')
                || !IsLowerHex(raw[i + 4]))
            {
                return false;
            }
            var code = ((raw[i + 3] - '0') << 4) | HexValue(raw[i + 4]);
            if (code is 0x08 or 0x09 or 0x0A or 0x0C or 0x0D)
            {
                return false;
            }
            i += 4;
        }
        return true;
    }

    private static bool NumberIsCanonical(ReadOnlySpan<byte> token)
    {
        // Common case first: a small non-negative integer without leading zeros prints as itself.
        if (token.Length <= 15 && (token.Length == 1 || token[0] != '0'))
        {
            var digits = true;
            foreach (var b in token)
            {
                digits &= b is >= (byte)'0' and <= (byte)'9';
            }
            if (digits)
            {
                return true;
            }
        }
        if (!double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            return false;
        }
        Span<byte> formatted = stackalloc byte[64];
        var text = EcmaNumber.Format(value);
        var written = System.Text.Encoding.ASCII.GetBytes(text, formatted);
        return token.SequenceEqual(formatted[..written]);
    }

    private static bool IsLowerHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f');

    private static int HexValue(byte b) => b <= '9' ? b - '0' : b - 'a' + 10;
}
