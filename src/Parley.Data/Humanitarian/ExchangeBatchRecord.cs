using Parley.Domain.Humanitarian;

namespace Parley.Data.Humanitarian;

/// <summary>An exchange batch: its terms, members, the frozen manifest hash and the signatures so far.</summary>
public sealed class ExchangeBatchRecord
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string FirstParty { get; set; } = "";

    public string SecondParty { get; set; } = "";

    public List<CategoryTerms> Terms { get; set; } = [];

    /// <summary>Set when the first party signs: the manifest cannot change after that.</summary>
    public string? ManifestHash { get; set; }

    public bool FirstSignedManifest { get; set; }

    public bool SecondSignedManifest { get; set; }

    public bool FirstConfirmed { get; set; }

    public bool SecondConfirmed { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }

    public ExchangeTerms ToTerms() => new(FirstParty, SecondParty, Terms);

    public BatchSignatures Signatures => new(FirstSignedManifest, SecondSignedManifest, FirstConfirmed, SecondConfirmed);
}
