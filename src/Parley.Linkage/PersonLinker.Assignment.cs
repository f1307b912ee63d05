using Parley.Linkage.Scoring;

namespace Parley.Linkage;

public sealed partial class PersonLinker
{
    /// <summary>
    /// Posterior under one-to-one linkage, then greedy one-to-one assignment by descending posterior.
    /// Each record has a partner on the other list with probability pi (the estimated overlap) and then
    /// any candidate may be it, so P(l↔r) = λ·BF(l,r) / ((1 − π) + Σ λ·BF(l,r′)) over l's candidates r′
    /// (Jaro 1989's one-to-one constraint, in the Bayesian form of Sadinle 2017, approximated per record);
    /// the smaller of the left- and right-centred values is kept. A namesake the data cannot tell apart
    /// therefore lowers the score. A match is also demoted to review when an unassigned rival of either
    /// record is within <see cref="LinkOptions.AmbiguityFactor"/> of it in Bayes factor.
    /// </summary>
    private List<LinkPair> Assign(LinkSession session, FellegiSunterModel model, Candidate[] candidates)
    {
        int nl = session.Left.Count, nr = session.Right.Count;
        var lambda = model.Lambda;
        var piLeft = Math.Clamp(model.ExpectedMatches / Math.Max(1, nl), 0, 0.95);
        var piRight = Math.Clamp(model.ExpectedMatches / Math.Max(1, nr), 0, 0.95);
        var sumLeft = new double[nl];
        var sumRight = new double[nr];
        foreach (var c in candidates)
        {
            var odds = lambda * Math.Exp(c.LogOdds);
            sumLeft[c.Left] += odds;
            sumRight[c.Right] += odds;
        }

        var posterior = new double[candidates.Length];
        var order = new int[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            var odds = lambda * Math.Exp(c.LogOdds);
            posterior[i] = Math.Min(odds / (1 - piLeft + sumLeft[c.Left]), odds / (1 - piRight + sumRight[c.Right]));
            order[i] = i;
        }

        Array.Sort(order, (a, b) => posterior[a] != posterior[b]
            ? posterior[b].CompareTo(posterior[a])
            : (candidates[a].Left, candidates[a].Right).CompareTo((candidates[b].Left, candidates[b].Right)));

        var leftTaken = new bool[nl];
        var rightTaken = new bool[nr];
        var assigned = new bool[candidates.Length];
        foreach (var i in order)
        {
            var c = candidates[i];
            if (!leftTaken[c.Left] && !rightTaken[c.Right])
            {
                leftTaken[c.Left] = rightTaken[c.Right] = assigned[i] = true;
            }
        }

        var leftRival = new float[nl];
        var rightRival = new float[nr];
        Array.Fill(leftRival, float.NegativeInfinity);
        Array.Fill(rightRival, float.NegativeInfinity);
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            if (assigned[i])
            {
                continue;
            }

            if (!rightTaken[c.Right])
            {
                leftRival[c.Left] = Math.Max(leftRival[c.Left], c.LogOdds);
            }

            if (!leftTaken[c.Left])
            {
                rightRival[c.Right] = Math.Max(rightRival[c.Right], c.LogOdds);
            }
        }

        var ambiguity = (float)Math.Log(_options.AmbiguityFactor);
        var isMatch = new bool[candidates.Length];
        var leftMatched = new bool[nl];
        var rightMatched = new bool[nr];
        foreach (var i in order)
        {
            var c = candidates[i];
            if (assigned[i] && posterior[i] >= _options.MatchThreshold
                && leftRival[c.Left] < c.LogOdds - ambiguity && rightRival[c.Right] < c.LogOdds - ambiguity)
            {
                isMatch[i] = leftMatched[c.Left] = rightMatched[c.Right] = true;
            }
        }

        // Namesakes: candidates of a record whose names agree with it (they compete for it in the posterior).
        var leftNamesakes = new byte[nl];
        var rightNamesakes = new byte[nr];
        foreach (var c in candidates)
        {
            if (PairScorer.NamesAgree(c.Pattern))
            {
                leftNamesakes[c.Left] = (byte)Math.Min(2, leftNamesakes[c.Left] + 1);
                rightNamesakes[c.Right] = (byte)Math.Min(2, rightNamesakes[c.Right] + 1);
            }
        }

        var explainer = new Explainer(session.Comparer);
        var scorer = new PairScorer(session, model);
        var pairs = new List<LinkPair>();
        foreach (var i in order)
        {
            var c = candidates[i];
            if (isMatch[i] || (posterior[i] >= _options.ReviewThreshold && !leftMatched[c.Left] && !rightMatched[c.Right]))
            {
                var pattern = session.Comparer.Compare(c.Left, c.Right, out var swapped);
                scorer.TermFrequency(c.Left, c.Right, pattern, swapped, out var familyFrequency, out var givenFrequency);
                var namesakes = PairScorer.NamesAgree(pattern) ? 1 : 0;
                var gaps = Gaps(session, c.Left, c.Right, pattern)
                    | (leftNamesakes[c.Left] > namesakes || rightNamesakes[c.Right] > namesakes ? EvidenceGaps.NamesakeNearby : EvidenceGaps.None);
                pairs.Add(new LinkPair(
                    c.Left,
                    c.Right,
                    Math.Clamp(posterior[i], 0, 1),
                    isMatch[i] ? LinkDecision.Match : LinkDecision.Review,
                    explainer.Explain(c.Left, c.Right),
                    gaps)
                {
                    Pattern = pattern,
                    FamilyFrequency = familyFrequency,
                    GivenFrequency = givenFrequency,
                });
            }
        }

        return pairs;
    }

    private static EvidenceGaps Gaps(LinkSession session, int left, int right, int pattern)
    {
        Span<int> levels = stackalloc int[Levels.Comparisons];
        Levels.Decode(pattern, levels);
        var gaps = EvidenceGaps.None;
        if (levels[Levels.Dob] == Levels.DobMissing)
        {
            gaps |= EvidenceGaps.NoDateOfBirth;
        }
        else if (Dates.IsPartial(session.Left.Dob[left]) || Dates.IsPartial(session.Right.Dob[right]))
        {
            gaps |= EvidenceGaps.PartialDateOfBirth;
        }

        if (levels[Levels.Patronymic] == Levels.PatronymicMissing)
        {
            gaps |= EvidenceGaps.NoPatronymic;
        }

        return gaps;
    }
}
