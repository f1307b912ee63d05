using System.Globalization;
using System.Text;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;

namespace Parley.Ledger.Witnessing;

/// <summary>What a log's add-checkpoint push to a witness came to.</summary>
public enum WitnessReplyKind
{
    /// <summary>200 with at least one cosignature by the witness's key that verifies over the checkpoint.</summary>
    Cosigned,

    /// <summary>409 <c>text/x.tlog.size</c>: the witness has cosigned another size; push again from that size.</summary>
    StaleSize,

    /// <summary>Anything else: the reason is in the message.</summary>
    Refused,
}

/// <summary>A witness's answer as the log reads it; <see cref="Cosignatures"/> are verified and ready to store.</summary>
public sealed record WitnessReply(WitnessReplyKind Kind, IReadOnlyList<StoredCosignature> Cosignatures, long KnownSize, string Message)
{
    private const int MaxShown = 200;

    /// <summary>
    /// Reads the reply to add-checkpoint (C2SP tlog-witness): on 200 the body is one or more signature lines, and only
    /// those by <paramref name="witness"/> (its <c>cosignature/v1</c> identity) that verify over
    /// <paramref name="checkpointText"/> count; on 409 with <c>text/x.tlog.size</c> the body is the size it knows.
    /// </summary>
    public static WitnessReply Read(int status, string? contentType, ReadOnlySpan<byte> body, NoteVerifier witness, string checkpointText, long size)
    {
        ArgumentNullException.ThrowIfNull(witness);
        ArgumentNullException.ThrowIfNull(checkpointText);
        var text = Encoding.UTF8.GetString(body);
        if (status == 409 && contentType is not null && contentType.StartsWith("text/x.tlog.size", StringComparison.OrdinalIgnoreCase))
        {
            var line = text.TrimEnd('\n');
            return long.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var known)
                ? new WitnessReply(WitnessReplyKind.StaleSize, [], known, $"the witness has cosigned size {known}")
                : Refused($"409 with a size that is not a decimal number: '{Shorten(line)}'");
        }
        if (status != 200)
        {
            return Refused($"{status}: {Shorten(text.Trim())}");
        }
        return ReadCosignatures(text, witness.WithAlgorithm(KeyAlgorithm.CosignatureV1), checkpointText, size);
    }

    private static WitnessReply ReadCosignatures(string text, NoteVerifier cosigner, string checkpointText, long size)
    {
        SignedNote lines;
        try
        {
            lines = SignedNote.Parse(checkpointText + "\n" + text);
        }
        catch (LedgerFormatException e)
        {
            return Refused($"200 with a body that is not signature lines: {e.Message}");
        }
        List<StoredCosignature> verified = [];
        List<string> problems = [];
        foreach (var signature in lines.Signatures)
        {
            try
            {
                verified.Add(new StoredCosignature(size, signature.Name, Cosignature.Verify(cosigner, checkpointText, signature), signature.Line));
            }
            catch (LedgerFormatException e)
            {
                problems.Add(e.Message);
            }
        }
        return verified.Count > 0
            ? new WitnessReply(WitnessReplyKind.Cosigned, verified, size, $"cosigned checkpoint {size}")
            : Refused("200 without a cosignature by the configured witness key" + (problems.Count == 0 ? "" : ": " + string.Join("; ", problems)));
    }

    private static WitnessReply Refused(string message) => new(WitnessReplyKind.Refused, [], 0, message);

    private static string Shorten(string text) => text.Length > MaxShown ? text[..(MaxShown - 3)] + "..." : text;
}
