namespace Parley.Data.Texts;

/// <summary>Where a delegation's alternative wording stands.</summary>
public enum ProposalStatus
{
    /// <summary>The party's private draft: only its own delegation sees it.</summary>
    Draft,

    /// <summary>Tabled: everyone who reads the text sees it; the chair may fold it in.</summary>
    Submitted,

    /// <summary>The chair folded it into a version as a bracket alternative.</summary>
    FoldedIn,
}

/// <summary>A delegation's alternative wording for a bracket (or a whole agreed clause) of a text.</summary>
public sealed class TextProposalRow
{
    public Guid Id { get; set; }

    public Guid TextId { get; set; }

    /// <summary>The proposing party's ISO 3166 alpha-2 code.</summary>
    public string Party { get; set; } = "";

    /// <summary>The clause, <c>2.1</c>.</summary>
    public string Clause { get; set; } = "";

    /// <summary>The bracket within the clause (from 1), or null for a whole clause that has none.</summary>
    public int? Bracket { get; set; }

    /// <summary>The wording (empty: proposes deleting the bracketed words).</summary>
    public string Wording { get; set; } = "";

    /// <summary>The version the delegation drafted against.</summary>
    public int BasedOnVersion { get; set; }

    public ProposalStatus Status { get; set; }

    /// <summary>The version that folded it in.</summary>
    public int? FoldedInVersion { get; set; }

    /// <summary>Optimistic concurrency: a draft edited or submitted twice at once is a conflict.</summary>
    public int Version { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
