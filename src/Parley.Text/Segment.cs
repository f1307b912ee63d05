namespace Parley.Text;

/// <summary>
/// A run of a clause: either words all parties accept (<see cref="Words"/>) or a bracket of words not
/// yet agreed (<see cref="Bracket"/>).
/// </summary>
public abstract record Segment;

/// <summary>Agreed words between brackets, exactly as written (spaces included).</summary>
/// <param name="Text">The words; never empty in a parsed clause.</param>
public sealed record Words(string Text) : Segment;

/// <summary>
/// Words not agreed: the single-negotiating-text method's square brackets, holding each proposer's
/// wording side by side.
/// </summary>
/// <param name="Alternatives">The wordings on the table, in the order written; at least one.</param>
public sealed record Bracket(ValueList<Alternative> Alternatives) : Segment;

/// <summary>One wording inside a bracket.</summary>
/// <param name="Party">ISO 3166 alpha-2 code of the proposing party, or null for the chair's wording.</param>
/// <param name="Text">The words; empty proposes to delete the bracket's words.</param>
public sealed record Alternative(string? Party, string Text)
{
    /// <summary>True when this wording proposes deleting the bracketed words.</summary>
    public bool IsDeletion => Text.Length == 0;
}
