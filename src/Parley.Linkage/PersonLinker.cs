using System.Diagnostics;
using Parley.Linkage.Model;
using Parley.Linkage.Scoring;

namespace Parley.Linkage;

/// <summary>
/// Links two person lists written in different scripts and languages: normalises names
/// (<see cref="Normalisation.NameNormaliser"/>), generates candidates with complementary blocking keys,
/// scores them with a Fellegi–Sunter model whose m/u probabilities are estimated from the data
/// (u from random pairs, m and the prior by EM, as in Splink) with term-frequency-adjusted name
/// weights, assigns one-to-one, and explains every pair. Pure and deterministic for given inputs and
/// <see cref="LinkOptions.Seed"/>.
/// </summary>
public sealed partial class PersonLinker
{
    private readonly LinkOptions _options;
    private readonly ParallelOptions _parallel;

    /// <summary>A linker with <paramref name="options"/>, or <see cref="LinkOptions.Default"/>.</summary>
    /// <exception cref="ArgumentException">Thresholds outside (0, 1) or review above match.</exception>
    public PersonLinker(LinkOptions? options = null)
    {
        _options = options ?? LinkOptions.Default;
        if (_options.ReviewThreshold is <= 0 or >= 1 || _options.MatchThreshold is <= 0 or >= 1
            || _options.ReviewThreshold > _options.MatchThreshold)
        {
            throw new ArgumentException("Thresholds must satisfy 0 < review ≤ match < 1.", nameof(options));
        }

        _parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism > 0 ? _options.MaxDegreeOfParallelism : Environment.ProcessorCount,
        };
    }

    /// <summary>Links <paramref name="left"/> to <paramref name="right"/>; pairs come sorted by descending score.</summary>
    public LinkResult Link(
        IReadOnlyList<PersonRecord> left,
        IReadOnlyList<PersonRecord> right,
        IProgress<LinkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var clock = Stopwatch.StartNew();
        _parallel.CancellationToken = cancellationToken;
        progress?.Report(new LinkProgress(LinkStage.Normalising, 0));
        var session = new LinkSession(left, right, _parallel);
        progress?.Report(new LinkProgress(LinkStage.Estimating, 0.1));
        var model = Estimate(session);
        progress?.Report(new LinkProgress(LinkStage.Comparing, 0.15));
        var (candidates, compared) = Score(session, model, progress);
        progress?.Report(new LinkProgress(LinkStage.Assigning, 0.95));
        var pairs = Assign(session, model, candidates);
        var saved = model.ToPublic(_options.Model?.LabelledPairs ?? 0);
        progress?.Report(new LinkProgress(LinkStage.Done, 1));
        var matches = pairs.Count(p => p.Decision == LinkDecision.Match);
        var statistics = new LinkStatistics(left.Count, right.Count, compared, matches, pairs.Count - matches, model.Lambda, clock.Elapsed);
        return new LinkResult(pairs, statistics, saved);
    }

    /// <summary>
    /// Learns from officers' decisions: m of every comparison level re-estimated from the pairs judged the same
    /// person (weighted by <see cref="LabelledPair.Weight"/>), shrunk towards <paramref name="model"/>'s m, which
    /// counts as <paramref name="strength"/> decisions. u (from random pairs) stays; λ is re-estimated when the
    /// learnt model is used (<see cref="LinkOptions.Model"/>). Pairs judged different teach m nothing: they are
    /// the hard non-matches, not a sample of random pairs.
    /// </summary>
    public static LinkModel Learn(LinkModel model, IReadOnlyList<LabelledPair> decisions, double strength = 100)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(decisions);
        var same = decisions.Where(d => d.Same).ToList();
        // The comparison vector of a pair depends on its two records alone, so a session of the labelled records suffices.
        var session = new LinkSession([.. same.Select(d => d.Left)], [.. same.Select(d => d.Right)], new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var patterns = same.Select((d, i) => (session.Comparer.Compare(i, i, out _), d.Weight)).ToList();
        var current = FellegiSunterModel.FromPublic(model, new long[Levels.PatternCount], 1, 1);
        var learnt = FellegiSunterModel.LearnM(current.M, patterns, strength);
        return current.WithM(learnt).ToPublic(model.LabelledPairs + decisions.Count) with
        {
            Lambda = model.Lambda,
            ExpectedMatches = model.ExpectedMatches,
        };
    }

    /// <summary>
    /// Recall of the blocking stage alone: the share of <paramref name="truth"/> pairs that share a
    /// blocking key, and how many distinct candidate pairs the keys produce.
    /// </summary>
    public BlockingReport MeasureBlocking(
        IReadOnlyList<PersonRecord> left,
        IReadOnlyList<PersonRecord> right,
        IEnumerable<(string LeftId, string RightId)> truth)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(truth);
        var session = new LinkSession(left, right, _parallel);
        var leftIndex = IndexOf(left);
        var rightIndex = IndexOf(right);
        int total = 0, covered = 0;
        foreach (var (l, r) in truth)
        {
            total++;
            if (leftIndex.TryGetValue(l, out var li) && rightIndex.TryGetValue(r, out var ri) && session.IsCandidate(li, ri))
            {
                covered++;
            }
        }

        var candidates = CountCandidates(session);
        return new BlockingReport(candidates, covered, total, total == 0 ? 1 : (double)covered / total);
    }

    private static Dictionary<string, int> IndexOf(IReadOnlyList<PersonRecord> records)
    {
        var index = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            index.TryAdd(records[i].Id, i);
        }

        return index;
    }
}
