namespace Parley.Text;

/// <summary>
/// One clause: a block of the text, numbered within its article. Agreed words and brackets alternate in
/// <see cref="Segments"/>.
/// </summary>
/// <param name="Segments">The clause's runs, in reading order; never empty.</param>
public sealed record Clause(ValueList<Segment> Segments)
{
    /// <summary>The clause's brackets, in reading order.</summary>
    public IEnumerable<Bracket> Brackets => Segments.OfType<Bracket>();

    /// <summary>How many brackets stay open.</summary>
    public int BracketCount => Segments.Count(s => s is Bracket);

    /// <summary>A clause with no bracket is agreed (ad referendum until the text is initialled).</summary>
    public bool IsAgreed => BracketCount == 0;

    /// <summary>The status, given whether the whole text has been initialled.</summary>
    public ClauseStatus Status(bool textInitialled) =>
        !IsAgreed ? ClauseStatus.Bracketed : textInitialled ? ClauseStatus.Initialled : ClauseStatus.AgreedAdReferendum;

    /// <summary>Every party that proposed a wording in this clause.</summary>
    public IEnumerable<string> Proposers => Brackets.SelectMany(b => b.Alternatives).Select(a => a.Party).OfType<string>().Distinct();
}
