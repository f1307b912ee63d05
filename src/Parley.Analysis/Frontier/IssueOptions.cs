using Parley.Analysis.Model;

namespace Parley.Analysis.Frontier;

/// <summary>
/// One issue's option vectors with the dominated and duplicate options removed: a package using a dominated option
/// is dominated by the same package with the dominating option, so such options never reach the frontier.
/// </summary>
internal sealed class IssueOptions
{
    private IssueOptions(double[] vectors, int[] indices)
    {
        Vectors = vectors;
        Indices = indices;
    }

    /// <summary>Kept option vectors, option-major.</summary>
    public double[] Vectors { get; }

    /// <summary>The original option index of each kept vector.</summary>
    public int[] Indices { get; }

    public int Count => Indices.Length;

    public static IssueOptions Of(UtilityTable table, int issue)
    {
        var n = table.Parties;
        var k = table.OptionCounts[issue];
        var kept = new List<int>(k);
        for (var o = 0; o < k; o++)
        {
            var v = table.Option(issue, o);
            var beaten = false;
            for (var q = 0; q < k && !beaten; q++)
            {
                var w = table.Option(issue, q);
                beaten = q != o && (Tolerance.Dominates(w, v) || (q < o && Tolerance.Equal(w, v)));
            }

            if (!beaten)
            {
                kept.Add(o);
            }
        }

        var vectors = new double[kept.Count * n];
        for (var j = 0; j < kept.Count; j++)
        {
            table.Option(issue, kept[j]).CopyTo(vectors.AsSpan(j * n, n));
        }

        return new IssueOptions(vectors, [.. kept]);
    }
}
