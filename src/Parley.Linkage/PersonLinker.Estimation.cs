using Parley.Linkage.Blocking;
using Parley.Linkage.Normalisation;
using Parley.Linkage.Scoring;

namespace Parley.Linkage;

public sealed partial class PersonLinker
{
    private const int RandomPairs = 400_000;
    private const long EmPairs = 2_000_000;

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

        // EM runs on the comparison vectors of a deterministic sample of blocks (about EmPairs pairs).
        var blocks = session.Index.Blocks;
        var stride = (ulong)Math.Max(1, session.Index.PairBound / EmPairs);
        var blockedPatterns = new long[Levels.PatternCount];
        var gate = new object();
        Parallel.For(
            0,
            blocks.Length,
            _parallel,
            () => new PatternCounter(session.Comparer, new long[Levels.PatternCount]),
            (b, _, counter) =>
            {
                if (Hashing.Mix((ulong)_options.Seed, (ulong)b) % stride == 0)
                {
                    BlockWalker.Walk(session, blocks[b], ref counter);
                }

                return counter;
            },
            counter =>
            {
                lock (gate)
                {
                    for (var p = 0; p < blockedPatterns.Length; p++)
                    {
                        blockedPatterns[p] += counter.Counts[p];
                    }
                }
            });
        return FellegiSunterModel.Estimate(randomPatterns, blockedPatterns);
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
