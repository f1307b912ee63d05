using Parley.Linkage.Blocking;
using Parley.Linkage.Scoring;

namespace Parley.Linkage;

public sealed partial class PersonLinker
{
    private const double KeepOdds = 0.005;

    private (Candidate[] Candidates, long Compared) Score(LinkSession session, FellegiSunterModel model, IProgress<LinkProgress>? progress)
    {
        var blocks = session.Index.Blocks;
        var scorer = new PairScorer(session, model);
        // Keep every pair that could matter to a record's posterior, not only those in the review band:
        // weaker rivals still enter the one-to-one normalisation in Assign.
        var keep = (float)(Math.Log(KeepOdds) - Math.Log(model.Lambda));
        var all = new List<Candidate>();
        var gate = new object();
        long compared = 0, walked = 0, reported = 0;
        var bound = Math.Max(1, session.Index.PairBound);
        Parallel.For(
            0,
            blocks.Length,
            _parallel,
            () => new ScoringVisitor(scorer, keep, []),
            (b, _, visitor) =>
            {
                BlockWalker.Walk(session, blocks[b], ref visitor);
                var done = Interlocked.Add(ref walked, blocks[b].Pairs);
                var percent = done * 100 / bound;
                if (progress is not null && percent > Interlocked.Read(ref reported)
                    && Interlocked.Exchange(ref reported, percent) < percent)
                {
                    progress.Report(new LinkProgress(LinkStage.Comparing, 0.15 + (0.8 * done / bound)));
                }

                return visitor;
            },
            visitor =>
            {
                Interlocked.Add(ref compared, visitor.Compared);
                lock (gate)
                {
                    all.AddRange(visitor.Kept);
                }
            });
        return ([.. all], compared);
    }

    private struct ScoringVisitor(PairScorer scorer, float keep, List<Candidate> kept) : IPairVisitor
    {
        public long Compared;

        public readonly List<Candidate> Kept => kept;

        public void Visit(int left, int right)
        {
            Compared++;
            var weight = scorer.Weight(left, right, out var pattern);
            if (weight >= keep)
            {
                kept.Add(new Candidate(left, right, weight, (short)pattern));
            }
        }
    }
}
