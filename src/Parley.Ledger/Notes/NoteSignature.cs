using System.Buffers.Binary;

namespace Parley.Ledger.Notes;

/// <summary>One signature line of a signed note: <c>— &lt;name&gt; base64(key hash || signature)</c>.</summary>
public sealed record NoteSignature(string Name, uint KeyHash, byte[] Signature)
{
    /// <summary>Creates the signature line payload from a key hash and raw signature bytes.</summary>
    public string Base64 => Convert.ToBase64String(Blob);

    /// <summary>The 4-byte key hash followed by the signature bytes.</summary>
    public byte[] Blob
    {
        get
        {
            var blob = new byte[4 + Signature.Length];
            BinaryPrimitives.WriteUInt32BigEndian(blob, KeyHash);
            Signature.CopyTo(blob, 4);
            return blob;
        }
    }

    /// <summary>The line as it appears in the note, without its newline.</summary>
    public string Line => $"— {Name} {Base64}";
}
