namespace Parley.Text;

/// <summary>An article of the text: a heading and its clauses.</summary>
/// <param name="Heading">The heading, without the optional <c>Article N.</c> label.</param>
/// <param name="Clauses">The clauses, numbered from 1 by position.</param>
public sealed record Article(string Heading, ValueList<Clause> Clauses);
