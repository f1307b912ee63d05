using System.Globalization;
using System.Text;
using Parley.Ledger.Notes;

namespace Parley.Ledger.Witnessing;

/// <summary>
/// The body of a C2SP tlog-witness <c>add-checkpoint</c> request: <c>old &lt;size&gt;</c>, up to 63 base64 consistency
/// proof lines, a blank line, then the signed checkpoint note.
/// </summary>
public sealed record AddCheckpointRequest(long OldSize, IReadOnlyList<byte[]> Proof, byte[] Note)
{
    /// <summary>The most proof lines the protocol allows.</summary>
    public const int MaxProofLines = 63;

    /// <summary>The request body.</summary>
    public byte[] ToBytes()
    {
        var head = new StringBuilder("old ").Append(OldSize.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var hash in Proof)
        {
            head.Append(Convert.ToBase64String(hash)).Append('\n');
        }

        return [.. Encoding.UTF8.GetBytes(head.Append('\n').ToString()), .. Note];
    }

    /// <summary>Parses a request body; <see cref="LedgerFormatException"/> names the line and reason.</summary>
    public static AddCheckpointRequest Parse(ReadOnlySpan<byte> body)
    {
        var blank = body.IndexOf("\n\n"u8);
        if (blank < 0)
        {
            throw new LedgerFormatException("add-checkpoint: no blank line between the old size and proof lines and the checkpoint");
        }

        string head;
        try
        {
            head = new UTF8Encoding(false, true).GetString(body[..(blank + 1)]);
        }
        catch (DecoderFallbackException e)
        {
            throw new LedgerFormatException("add-checkpoint: the old size and proof lines are not UTF-8", e);
        }

        var lines = head[..^1].Split('\n');
        var old = lines[0];
        if (!old.StartsWith("old ", StringComparison.Ordinal)
            || !long.TryParse(old.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var oldSize)
            || oldSize.ToString(CultureInfo.InvariantCulture) != old[4..])
        {
            throw new LedgerFormatException($"add-checkpoint line 1: expected 'old <size>' in decimal without leading zeros, got '{Shorten(old)}'");
        }

        if (lines.Length - 1 > MaxProofLines)
        {
            throw new LedgerFormatException($"add-checkpoint: {lines.Length - 1} proof lines; at most {MaxProofLines}");
        }

        var proof = new List<byte[]>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            var hash = Base64.Decode(lines[i], $"add-checkpoint line {i + 1}");
            proof.Add(hash.Length == Merkle.Rfc6962.HashSize
                ? hash
                : throw new LedgerFormatException($"add-checkpoint line {i + 1}: a proof hash is 32 bytes, not {hash.Length}"));
        }

        return new AddCheckpointRequest(oldSize, proof, body[(blank + 2)..].ToArray());
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..37] + "..." : text;
}
