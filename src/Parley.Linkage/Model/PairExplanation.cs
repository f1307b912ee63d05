using System.Globalization;
using System.Text;

namespace Parley.Linkage.Model;

/// <summary>
/// Why the engine scored a pair as it did: the waterfall of match weights from the prior through each
/// comparison to the final probability (<see cref="LinkResult.Explain"/>).
/// </summary>
/// <param name="Steps">Prior first, the one-to-one correction last; the last step's probability is the pair's score.</param>
/// <param name="Gaps">What the evidence lacked.</param>
public sealed record PairExplanation(IReadOnlyList<WaterfallStep> Steps, EvidenceGaps Gaps)
{
    /// <summary>The pair's final probability.</summary>
    public double Probability => Steps[^1].Probability;

    /// <summary>The waterfall as aligned text lines, one per step, for a terminal.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        foreach (var s in Steps)
        {
            var mu = s.M is { } m && s.U is { } u
                ? string.Create(CultureInfo.InvariantCulture, $"m={m:0.####} u={u:0.######}")
                : "";
            sb.Append(CultureInfo.InvariantCulture, $"  {s.Name,-16} {s.Level,-32} {mu,-24} {s.Log2Weight,+7:+0.00;-0.00;0.00} bits  → P={s.Probability:0.0000}\n");
        }

        if (Gaps != EvidenceGaps.None)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  lacking: {Gaps}\n");
        }

        return sb.ToString();
    }
}
