namespace Parley.Data.Keys;

/// <summary>
/// A party's registered public key (a signed-note verifier key). Parties keep their private keys; the
/// server only checks signatures against these. A revoked key no longer verifies anything new.
/// </summary>
public sealed class PartyKey
{
    public Guid Id { get; set; }

    public string Party { get; set; } = "";

    /// <summary>The note-verifier string <c>name+hexhash+base64key</c>.</summary>
    public string VerifierKey { get; set; } = "";

    public string KeyName { get; set; } = "";

    public string RegisteredBy { get; set; } = "";

    public DateTime RegisteredAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public string? RevokedBy { get; set; }
}
