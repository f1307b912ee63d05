using Parley.Linkage.Blocking;
using Parley.Linkage.Normalisation;
using Parley.Linkage.Scoring;

namespace Parley.Linkage;

public sealed partial class PersonLinker
{
    private const int RandomPairs = 100_000;
    private const long EmPairs = 250_000;
    private const long SmallBlockPairs = 4;
    private const long MinimumSmallBlockPairs = 2_000;

    private FellegiSunterModel Estimate(LinkSession session)
    {
        var random = new Random(_options.Seed);
        var randomPatterns = new long[Levels.PatternCount];
        if (session.Left.Count > 0 && session.Right.Count > 0)
        {
            var samples = (int)Math.Min(RandomPairs, (long)session.Left.Count * session.Right.Count);
            for (var s = 0; s < samples; s++)
            {
                var pattern = session.Comparer.Compare(random.Next(session.Left.Count), random.Next(session.Right.Count), out _);
                randomPatterns[pattern]++;
            }
        }

        // EM runs on the comparison vectors of a deterministic sample of blocks (about EmPairs pairs per histogram).
        var blocks = session.Index.Blocks;
        var emBlockLimit = EmBlockLimits(blocks);
        var emPairsByKey = new long[3];
        foreach (var block in blocks)
        {
            if (block.Key <= 2 && block.Pairs <= emBlockLimit[block.Key])
            {
                emPairsByKey[block.Key] += block.Pairs;
            }
        }

        var strides = emPairsByKey.Select(b => (ulong)Math.Max(1, b / EmPairs)).ToArray();
        var allStride = (ulong)Math.Max(1, session.Index.PairBound / EmPairs);
        var histograms = new long[4][];
        for (var h = 0; h < histograms.Length; h++)
        {
            histograms[h] = new long[Levels.PatternCount];
        }

        var gate = new object();
        Parallel.For(
            0,
            blocks.Length,
            _parallel,
            () => Enumerable.Range(0, 4).Select(_ => new PatternCounter(session.Comparer, new long[Levels.PatternCount])).ToArray(),
            (b, _, counters) =>
            {
                var key = blocks[b].Key;
                // Mix sets the lowest bit, so shift it out before taking a remainder.
                var draw = Hashing.Mix((ulong)_options.Seed, (ulong)b) >> 1;
                if (key <= 2 && blocks[b].Pairs <= emBlockLimit[key] && draw % strides[key] == 0)
                {
                    BlockWalker.Walk(session, blocks[b], ref counters[key], distinct: false);
                }

                if (draw % allStride == 0)
                {
                    BlockWalker.Walk(session, blocks[b], ref counters[3]);
                }

                return counters;
            },
            counters =>
            {
                lock (gate)
                {
                    for (var h = 0; h < histograms.Length; h++)
                    {
                        for (var p = 0; p < Levels.PatternCount; p++)
                        {
                            histograms[h][p] += counters[h].Counts[p];
                        }
                    }
                }
            });
        var allPairs = (double)session.Left.Count * session.Right.Count;
        return _options.Model is { } saved
            ? FellegiSunterModel.FromPublic(saved, histograms[3], allStride, allPairs)
            : FellegiSunterModel.Estimate(
                randomPatterns, histograms[0], histograms[1], histograms[2], histograms[3], candidateScale: allStride, allPairs: allPairs);
    }

    /// <summary>
    /// The largest block (in pairs) each EM session may learn from. EM separates matches from non-matches
    /// only when matches are a fair share of the pairs it sees (Splink's guidance on blocking rules for
    /// training). A block of a common name holds mostly namesakes: at a million records per side they
    /// outnumber the matches so far that EM takes "same name" for the match class and learns that a
    /// matching date of birth or patronymic hardly matters. Small blocks (≤ 2 × 2 records) are mostly
    /// a match or nothing, and how a date or patronymic is miswritten does not depend on how common the
    /// name is; so EM learns from them, unless too few pairs lie in small blocks (tiny lists).
    /// </summary>
    private static long[] EmBlockLimits(Block[] blocks)
    {
        var small = new long[3];
        foreach (var block in blocks)
        {
            if (block.Key <= 2 && block.Pairs <= SmallBlockPairs)
            {
                small[block.Key] += block.Pairs;
            }
        }

        return [.. small.Select(n => n >= MinimumSmallBlockPairs ? SmallBlockPairs : long.MaxValue)];
    }

    private long CountCandidates(LinkSession session)
    {
        long total = 0;
        var blocks = session.Index.Blocks;
        Parallel.For(
            0,
            blocks.Length,
            _parallel,
            () => new PairCounter(),
            (b, _, counter) =>
            {
                BlockWalker.Walk(session, blocks[b], ref counter);
                return counter;
            },
            counter => Interlocked.Add(ref total, counter.Count));
        return total;
    }

    private struct PatternCounter(PairComparer comparer, long[] counts) : IPairVisitor
    {
        public readonly long[] Counts => counts;

        public readonly void Visit(int left, int right) => counts[comparer.Compare(left, right, out _)]++;
    }

    private struct PairCounter : IPairVisitor
    {
        public long Count;

        public void Visit(int left, int right) => Count++;
    }
}
