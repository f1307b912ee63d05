using Parley.Domain.Humanitarian;

namespace Parley.Data.Humanitarian;

/// <summary>
/// A person as one party listed them. Everything that identifies the person is in <see cref="Sealed"/>,
/// encrypted at rest (AES-GCM bound to <see cref="Id"/>); only the salted <see cref="Commitment"/>
/// is public. Erasing clears <see cref="Sealed"/> and keeps the commitment, so the log stays valid.
/// </summary>
public sealed class RegistryPerson
{
    public Guid Id { get; set; }

    public Guid ListId { get; set; }

    public string ListedBy { get; set; } = "";

    public string HeldBy { get; set; } = "";

    /// <summary>The filing side's own identifier (the list's <c>id</c> column).</summary>
    public string SourceId { get; set; } = "";

    /// <summary>The line of the file the person came from.</summary>
    public int Line { get; set; }

    public PersonCategory Category { get; set; }

    public PriorityGroups Priorities { get; set; }

    /// <summary>SHA-256(salt || canonical personal data), lower-case hex.</summary>
    public string Commitment { get; set; } = "";

    public byte[]? Sealed { get; set; }

    public DateTime ListedAtUtc { get; set; }

    public DateTime? ErasedAtUtc { get; set; }

    public int Version { get; set; }
}
