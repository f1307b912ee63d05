namespace Parley.Data.Keys;

/// <summary>
/// A party's consent, signed by its own key, that a host's humanitarian officers see the persons it listed; and, once
/// the party signs a revocation, its withdrawal. Both signed notes are kept as evidence and are in the public log.
/// </summary>
public sealed class HostDesignation
{
    /// <summary>The id the signed statement names (a replayed statement cannot designate twice).</summary>
    public Guid Id { get; set; }

    /// <summary>The designating party: the party whose registered key signed.</summary>
    public string Party { get; set; } = "";

    /// <summary>A non-belligerent party's code, or <c>staff</c> for the host's officers who belong to no party.</summary>
    public string Host { get; set; } = "";

    public string KeyName { get; set; } = "";

    public string Note { get; set; } = "";

    public DateTime DesignatedAtUtc { get; set; }

    public string? RevocationNote { get; set; }

    public string? RevokedKeyName { get; set; }

    public DateTime? RevokedAtUtc { get; set; }
}
