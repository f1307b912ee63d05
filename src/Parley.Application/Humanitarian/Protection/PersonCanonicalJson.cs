using System.Text.Unicode;

namespace Parley.Application.Humanitarian.Protection;

/// <summary>
/// Writes the RFC 8785 canonical JSON (JCS) of a person straight into a reusable buffer: the same bytes as
/// <c>CanonicalJson.Serialize(JsonSerializer.SerializeToElement(person, Web))</c>, which a 100,000-row import
/// paid ~40 µs a person for (an element tree, a StringBuilder, a re-encode). Not thread-safe: one per worker.
/// </summary>
internal sealed class PersonCanonicalJson
{
    // Members in the order JCS wants (ordinal on UTF-16 code units), computed rather than hand-sorted.
    // A member without a value function is the object of extra columns.
    private static readonly (byte[] Key, Func<PersonDetails, string?>? Value)[] Members = new (string Name, Func<PersonDetails, string?>? Value)[]
    {
        ("sourceId", p => p.SourceId), ("familyName", p => p.FamilyName), ("givenName", p => p.GivenName),
        ("patronymic", p => p.Patronymic), ("dateOfBirth", p => p.DateOfBirth), ("sex", p => p.Sex),
        ("category", p => p.Category), ("serviceNumber", p => p.ServiceNumber), ("rank", p => p.Rank),
        ("unit", p => p.Unit), ("placeOfBirth", p => p.PlaceOfBirth), ("citizenship", p => p.Citizenship),
        ("dateOfCapture", p => p.DateOfCapture), ("placeOfCapture", p => p.PlaceOfCapture),
        ("placeOfDetention", p => p.PlaceOfDetention), ("health", p => p.Health), ("notes", p => p.Notes),
        ("fullName", p => p.FullName), ("extra", null),
    }
        .OrderBy(m => m.Name, StringComparer.Ordinal)
        .Select(m => (System.Text.Encoding.UTF8.GetBytes($"\"{m.Name}\":"), m.Value))
        .ToArray();

    private static readonly byte[] Hex = "0123456789abcdef"u8.ToArray();

    private byte[] _buffer = new byte[2048];
    private int _length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Writes <paramref name="person"/>; false when a value holds an unpaired surrogate, which JCS refuses.</summary>
    public bool TryWrite(PersonDetails person)
    {
        _length = 0;
        Append((byte)'{');
        for (var i = 0; i < Members.Length; i++)
        {
            if (i > 0)
                Append((byte)',');
            var (key, value) = Members[i];
            Append(key);
            if (value is null)
            {
                if (!TryWriteExtra(person.Extra))
                    return false;
            }
            else if (value(person) is { } text)
            {
                if (!TryWriteString(text))
                    return false;
            }
            else
            {
                Append("null"u8);
            }
        }
        Append((byte)'}');
        return true;
    }

    private bool TryWriteExtra(IReadOnlyDictionary<string, string> extra)
    {
        var keys = extra.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        Append((byte)'{');
        for (var i = 0; i < keys.Length; i++)
        {
            if (i > 0)
                Append((byte)',');
            if (!TryWriteString(keys[i]))
                return false;
            Append((byte)':');
            if (!TryWriteString(extra[keys[i]]))
                return false;
        }
        Append((byte)'}');
        return true;
    }

    private bool TryWriteString(string value)
    {
        Append((byte)'"');
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var plain = rest.IndexOfAnyInRange('\0', '\u001f');
            var quote = rest.IndexOfAny('"', '\\');
            var stop = plain < 0 ? quote : quote < 0 ? plain : Math.Min(plain, quote);
            var run = stop < 0 ? rest : rest[..stop];
            Reserve(run.Length * 3);
            if (Utf8.FromUtf16(run, _buffer.AsSpan(_length), out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
                return false;
            _length += written;
            if (stop < 0)
                break;
            AppendEscape(rest[stop]);
            rest = rest[(stop + 1)..];
        }
        Append((byte)'"');
        return true;
    }

    private void AppendEscape(char c)
    {
        switch (c)
        {
            case '"': Append("\\\""u8); break;
            case '\\': Append("\\\\"u8); break;
            case '\b': Append("\\b"u8); break;
            case '\f': Append("\\f"u8); break;
            case '\n': Append("\\n"u8); break;
            case '\r': Append("\\r"u8); break;
            case '\t': Append("\\t"u8); break;
            default:
                Append("\\u00"u8);
                Append(Hex[c >> 4]);
                Append(Hex[c & 0xf]);
                break;
        }
    }

    private void Append(byte b)
    {
        Reserve(1);
        _buffer[_length++] = b;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Reserve(int more)
    {
        if (_length + more > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}
