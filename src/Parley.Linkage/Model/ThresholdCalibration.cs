namespace Parley.Linkage.Model;

/// <summary>
/// Calibrates the auto-match threshold from officers' decisions (issue 15): a weighted logistic regression of
/// "same person" on the log-odds of the engine's score (Platt scaling), then the score at which a pair is as
/// likely the same person as <c>target</c>. With target 0.5 this is the threshold that maximises the expected F1
/// when the best F1 is near 1 (a pair helps F1 when it is right more often than F1/2).
/// </summary>
public static class ThresholdCalibration
{
    /// <summary>
    /// The calibrated match threshold, clamped to [<paramref name="floor"/>, 0.99]; the decisions' weights say how
    /// many pairs each stands for. Null when the decisions cannot tell (all one answer, or no slope).
    /// </summary>
    public static double? MatchThreshold(
        IReadOnlyList<(double Score, bool Same, double Weight)> decisions, double target = 0.5, double floor = 0.3)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        if (!decisions.Any(d => d.Same) || decisions.All(d => d.Same))
        {
            return null;
        }

        var (a, b) = Fit(decisions);
        if (b <= 0.05)
        {
            return null;
        }

        var logit = (Math.Log(target / (1 - target)) - a) / b;
        return Math.Clamp(1 / (1 + Math.Exp(-logit)), floor, 0.99);
    }

    /// <summary>P(same) = σ(a + b·logit(score)), fitted by Newton's method with a small ridge towards (0, 1).</summary>
    internal static (double A, double B) Fit(IReadOnlyList<(double Score, bool Same, double Weight)> decisions)
    {
        const double ridge = 1e-3;
        var total = decisions.Sum(d => d.Weight);
        double a = 0, b = 1;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double ga = -ridge * a, gb = -ridge * (b - 1), haa = ridge, hab = 0, hbb = ridge;
            foreach (var (score, same, weight) in decisions)
            {
                var s = Math.Clamp(score, 1e-9, 1 - 1e-9);
                var x = Math.Log(s / (1 - s));
                var p = 1 / (1 + Math.Exp(-(a + (b * x))));
                var w = weight / total;
                var r = (same ? 1 : 0) - p;
                ga += w * r;
                gb += w * r * x;
                var v = w * p * (1 - p);
                haa += v;
                hab += v * x;
                hbb += v * x * x;
            }

            var det = (haa * hbb) - (hab * hab);
            var da = ((hbb * ga) - (hab * gb)) / det;
            var db = ((haa * gb) - (hab * ga)) / det;
            a += da;
            b += db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-10)
            {
                break;
            }
        }

        return (a, b);
    }
}
