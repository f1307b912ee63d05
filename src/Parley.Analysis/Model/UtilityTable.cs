namespace Parley.Analysis.Model;

/// <summary>
/// A validated instance in the form the engine works on: for each issue, the utility contribution of each option to
/// each party (normalised weight times value), laid out option-major so that one option's vector is contiguous.
/// </summary>
internal sealed class UtilityTable
{
    private UtilityTable(int parties, double[][] contributions, int[] optionCounts, double[] weightSums)
    {
        Parties = parties;
        Contributions = contributions;
        OptionCounts = optionCounts;
        WeightSums = weightSums;
    }

    public int Parties { get; }

    public int Issues => OptionCounts.Length;

    /// <summary><c>Contributions[i][k * Parties + p]</c>: party p's utility from option k of issue i.</summary>
    public double[][] Contributions { get; }

    public int[] OptionCounts { get; }

    /// <summary>Each party's sum of raw weights, the normaliser.</summary>
    public double[] WeightSums { get; }

    public ReadOnlySpan<double> Option(int issue, int option) =>
        Contributions[issue].AsSpan(option * Parties, Parties);

    public static UtilityTable From(NegotiationInstance instance)
    {
        InstanceValidator.Validate(instance);
        var n = instance.Parties.Count;
        var optionCounts = instance.Issues.Select(issue => issue.Options.Count).ToArray();
        var weightSums = instance.Parties.Select(party => party.Weights.Sum()).ToArray();
        var contributions = new double[optionCounts.Length][];
        for (var i = 0; i < optionCounts.Length; i++)
        {
            contributions[i] = IssueContributions(instance, i, weightSums);
        }

        return new UtilityTable(n, contributions, optionCounts, weightSums);
    }

    public static double[] IssueContributions(NegotiationInstance instance, int issue, double[] weightSums)
    {
        var n = instance.Parties.Count;
        var k = instance.Issues[issue].Options.Count;
        var row = new double[k * n];
        for (var p = 0; p < n; p++)
        {
            var party = instance.Parties[p];
            var w = party.Weights[issue] / weightSums[p];
            for (var o = 0; o < k; o++)
            {
                row[o * n + p] = w * party.Values[issue][o];
            }
        }

        return row;
    }

    /// <summary>A package's utility vector, summing issue by issue in index order (the reference order).</summary>
    public void Utilities(ReadOnlySpan<int> options, Span<double> into)
    {
        into.Clear();
        for (var i = 0; i < options.Length; i++)
        {
            var v = Option(i, options[i]);
            for (var p = 0; p < Parties; p++)
            {
                into[p] += v[p];
            }
        }
    }
}
