using Parley.Linkage.Scoring;

namespace Parley.Linkage;

public sealed partial class PersonLinker
{
    /// <summary>
    /// Greedy one-to-one assignment by descending score (each record takes its best free partner),
    /// then a namesake check: a match is demoted to review when the same left or right record has
    /// an unassigned alternative almost as likely (within <see cref="LinkOptions.AmbiguityFactor"/>).
    /// Unassigned candidates in the review band whose records have no match are listed for review too.
    /// </summary>
    private List<LinkPair> Assign(LinkSession session, FellegiSunterModel model, Candidate[] candidates)
    {
        var prior = (float)model.PriorLogit;
        Array.Sort(candidates, static (a, b) => b.LogOdds != a.LogOdds ? b.LogOdds.CompareTo(a.LogOdds) : (a.Left, a.Right).CompareTo((b.Left, b.Right)));
        var leftTaken = new int[session.Left.Count];
        var rightTaken = new int[session.Right.Count];
        Array.Fill(leftTaken, -1);
        Array.Fill(rightTaken, -1);
        var assigned = new bool[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            if (leftTaken[c.Left] < 0 && rightTaken[c.Right] < 0)
            {
                leftTaken[c.Left] = i;
                rightTaken[c.Right] = i;
                assigned[i] = true;
            }
        }

        var leftRival = new float[session.Left.Count];
        var rightRival = new float[session.Right.Count];
        Array.Fill(leftRival, float.NegativeInfinity);
        Array.Fill(rightRival, float.NegativeInfinity);
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            if (assigned[i])
            {
                continue;
            }

            if (rightTaken[c.Right] < 0)
            {
                leftRival[c.Left] = Math.Max(leftRival[c.Left], c.LogOdds);
            }

            if (leftTaken[c.Left] < 0)
            {
                rightRival[c.Right] = Math.Max(rightRival[c.Right], c.LogOdds);
            }
        }

        var matchLogit = Logit(_options.MatchThreshold) - prior;
        var ambiguity = (float)Math.Log(_options.AmbiguityFactor);
        var isMatch = new bool[candidates.Length];
        var leftMatched = new bool[session.Left.Count];
        var rightMatched = new bool[session.Right.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            if (assigned[i] && c.LogOdds >= matchLogit
                && leftRival[c.Left] < c.LogOdds - ambiguity && rightRival[c.Right] < c.LogOdds - ambiguity)
            {
                isMatch[i] = leftMatched[c.Left] = rightMatched[c.Right] = true;
            }
        }

        var explainer = new Explainer(session.Comparer);
        var pairs = new List<LinkPair>();
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            if (isMatch[i] || (!leftMatched[c.Left] && !rightMatched[c.Right]))
            {
                var probability = 1.0 / (1.0 + Math.Exp(-(c.LogOdds + prior)));
                pairs.Add(new LinkPair(
                    c.Left,
                    c.Right,
                    probability,
                    isMatch[i] ? LinkDecision.Match : LinkDecision.Review,
                    explainer.Explain(c.Left, c.Right)));
            }
        }

        return pairs;
    }
}
