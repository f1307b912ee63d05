using System.Buffers.Binary;
using System.Text;

namespace Parley.Ledger.Notes;

/// <summary>
/// A C2SP signed note: UTF-8 text ending in a newline, a blank line, then one or more signature lines.
/// Parsing follows golang.org/x/mod/sumdb/note Open: no control characters but newline, at most 100 signatures.
/// </summary>
public sealed record SignedNote(string Text, IReadOnlyList<NoteSignature> Signatures)
{
    private const int MaxSignatures = 100;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The note as bytes: text, blank line, signature lines.</summary>
    public byte[] ToBytes() => StrictUtf8.GetBytes(ToString());

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = new StringBuilder(Text).Append('\n');
        foreach (var signature in Signatures)
        {
            builder.Append(signature.Line).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>Signs <paramref name="text"/> (which must end in a newline) with each signer.</summary>
    public static SignedNote Sign(string text, params NoteSigner[] signers)
    {
        ValidateText(text);
        // A plain note over a cosignature message would double as a cosignature by the same Ed25519 key.
        if (text.StartsWith(Cosignature.Header + "\n", StringComparison.Ordinal))
        {
            throw new LedgerFormatException($"note text must not begin with '{Cosignature.Header}': that message is reserved for cosignatures");
        }
        var message = StrictUtf8.GetBytes(text);
        return new SignedNote(text, [.. signers.Select(s => new NoteSignature(s.Name, s.KeyHash, s.Sign(message)))]);
    }

    /// <summary>Adds signature lines to this note, keeping the existing ones.</summary>
    public SignedNote With(params NoteSignature[] more) => this with { Signatures = [.. Signatures, .. more] };

    /// <summary>Parses the note's structure without checking signatures; errors name the line and reason.</summary>
    public static SignedNote Parse(ReadOnlySpan<byte> bytes)
    {
        string note;
        try
        {
            note = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new LedgerFormatException("note: not valid UTF-8", e);
        }
        return Parse(note);
    }

    /// <summary>Parses the note's structure without checking signatures.</summary>
    public static SignedNote Parse(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        for (var i = 0; i < note.Length; i++)
        {
            if (note[i] < 0x20 && note[i] != '\n')
            {
                throw new LedgerFormatException($"note: control character 0x{(int)note[i]:x2} at offset {i}");
            }
        }
        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new LedgerFormatException("note: no blank line before the signatures");
        }
        var text = note[..(split + 1)];
        var block = note[(split + 2)..];
        if (block.Length == 0 || block[^1] != '\n')
        {
            throw new LedgerFormatException("note: the signature block must end with a newline");
        }
        var lines = block[..^1].Split('\n');
        if (lines.Length > MaxSignatures)
        {
            throw new LedgerFormatException($"note: more than {MaxSignatures} signatures");
        }
        var textLines = text.Count(c => c == '\n');
        List<NoteSignature> signatures = [];
        for (var i = 0; i < lines.Length; i++)
        {
            signatures.Add(ParseLine(lines[i], textLines + 2 + i));
        }
        return new SignedNote(text, signatures);
    }

    private static NoteSignature ParseLine(string line, int lineNumber)
    {
        if (!line.StartsWith("— ", StringComparison.Ordinal))
        {
            throw new LedgerFormatException($"note line {lineNumber}: a signature line must start with '— '");
        }
        var rest = line[2..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? rest : rest[..space];
        if (space < 0 || !NoteName.IsValid(name))
        {
            throw new LedgerFormatException($"note line {lineNumber}: expected '— <key name> <base64 signature>'");
        }
        var blob = Base64.Decode(rest[(space + 1)..], $"note line {lineNumber}: signature");
        if (blob.Length < 5)
        {
            throw new LedgerFormatException($"note line {lineNumber}: signature is shorter than a key hash and one byte");
        }
        return new NoteSignature(name, BinaryPrimitives.ReadUInt32BigEndian(blob), blob[4..]);
    }

    internal static void ValidateText(string text)
    {
        if (text.Length == 0 || text[^1] != '\n')
        {
            throw new LedgerFormatException("note text must end with a newline");
        }
        if (text.Contains("\n\n", StringComparison.Ordinal) || text.Any(c => c < 0x20 && c != '\n'))
        {
            throw new LedgerFormatException("note text must not contain blank lines or control characters");
        }
    }

    internal static byte[] Utf8(string text) => StrictUtf8.GetBytes(text);
}
