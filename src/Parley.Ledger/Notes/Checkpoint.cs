using System.Globalization;
using System.Text;

namespace Parley.Ledger.Notes;

/// <summary>
/// A C2SP tlog-checkpoint body: origin line, decimal tree size, base64 root hash, then optional extension lines.
/// </summary>
public sealed record Checkpoint(string Origin, long Size, byte[] RootHash, IReadOnlyList<string> Extensions)
{
    /// <summary>Creates a checkpoint without extension lines.</summary>
    public Checkpoint(string origin, long size, byte[] rootHash) : this(origin, size, rootHash, [])
    {
    }

    /// <summary>The note text that is signed (every line newline-terminated).</summary>
    public string ToText()
    {
        var builder = new StringBuilder()
            .Append(Origin).Append('\n')
            .Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(Convert.ToBase64String(RootHash)).Append('\n');
        foreach (var line in Extensions)
        {
            builder.Append(line).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>Parses a checkpoint body (the text of a signed note); the error names the line and reason.</summary>
    public static Checkpoint Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || text[^1] != '\n')
        {
            throw new LedgerFormatException("checkpoint: text must end with a newline");
        }
        var lines = text[..^1].Split('\n');
        if (lines.Length < 3)
        {
            throw new LedgerFormatException($"checkpoint: expected origin, size and root hash lines, got {lines.Length} line(s)");
        }
        if (lines[0].Length == 0)
        {
            throw new LedgerFormatException("checkpoint line 1: origin is empty");
        }
        var sizeText = lines[1];
        var sizeOk = sizeText.Length is > 0 and <= 19 && sizeText.All(char.IsAsciiDigit) && (sizeText == "0" || sizeText[0] != '0');
        if (!sizeOk || !long.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            throw new LedgerFormatException($"checkpoint line 2: tree size '{sizeText}' must be a decimal without leading zeros");
        }
        var root = Base64.Decode(lines[2], "checkpoint line 3: root hash");
        if (root.Length != Merkle.Rfc6962.HashSize)
        {
            throw new LedgerFormatException($"checkpoint line 3: root hash must be 32 bytes, got {root.Length}");
        }
        var extensions = lines[3..];
        for (var i = 0; i < extensions.Length; i++)
        {
            if (extensions[i].Length == 0)
            {
                throw new LedgerFormatException($"checkpoint line {i + 4}: extension lines must not be empty");
            }
        }
        return new Checkpoint(lines[0], size, root, extensions);
    }

    /// <summary>
    /// Opens a signed checkpoint: parses the note, requires a valid signature by <paramref name="logKey"/>, and requires
    /// the origin to be the key's name, so no other kind of note signed by that key passes as a checkpoint.
    /// </summary>
    public static (Checkpoint Checkpoint, SignedNote Note) Open(ReadOnlySpan<byte> note, NoteVerifier logKey)
    {
        var parsed = SignedNote.Parse(note);
        var checkpoint = Parse(parsed.Text);
        if (checkpoint.Origin != logKey.Name)
        {
            throw new LedgerFormatException($"checkpoint line 1: origin '{checkpoint.Origin}' is not the log '{logKey.Name}'");
        }
        NoteVerification.Verify(parsed, [logKey]);
        return (checkpoint, parsed);
    }
}
