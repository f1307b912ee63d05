namespace Parley.Linkage.Model;

/// <summary>One agreement level of a comparison.</summary>
/// <param name="Label">What the level means, as explanations word it (e.g. <c>day/month swapped</c>).</param>
/// <param name="M">P(level | match).</param>
/// <param name="U">P(level | non-match).</param>
/// <param name="IsNull">A "missing" level: it carries no evidence either way (m and u are 1).</param>
public sealed record ComparisonLevel(string Label, double M, double U, bool IsNull)
{
    /// <summary>log₂(m/u): the level's match weight in bits (0 for a null level).</summary>
    public double Log2Weight => IsNull ? 0 : Math.Log2(M / U);
}
