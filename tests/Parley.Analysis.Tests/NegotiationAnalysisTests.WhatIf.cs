using Parley.Analysis.Reference;

namespace Parley.Analysis.Tests;

/// <summary>What-if edits after <see cref="NegotiationAnalysis.PrepareWhatIf"/>: each edit of an issue is one merge
/// into the precomputed frontier of all the other issues.</summary>
public sealed partial class NegotiationAnalysisTests
{
    /// <summary>
    /// Edits of a different issue each time (values, weights, now and then a reservation), each from the previous
    /// analysis after its own background work, a third of the instances on a coarse grid and some with zero weights.
    /// </summary>
    [Fact]
    public async Task PrepareWhatIf_consecutive_edits_of_different_issues_match_brute_force()
    {
        var (edits, outside) = (0, 0);
        for (var seed = 0; seed < 150; seed++)
        {
            var random = new Random(seed + 300_000);
            var instance = RandomInstance.Create(seed, random.Next(2, 5), random.Next(3, 7), random.Next(2, 5),
                grid: seed % 3 == 0 ? 4 : 0, zeroWeights: seed % 5 == 0);
            var analysis = NegotiationAnalysis.Create(instance);
            await analysis.PrepareWhatIf();
            var issue = random.Next(instance.Issues.Count);
            for (var edit = 0; edit < 6; edit++)
            {
                issue = (issue + 1 + random.Next(instance.Issues.Count - 1)) % instance.Issues.Count;
                var party = random.Next(instance.Parties.Count);
                analysis = random.Next(5) switch
                {
                    0 => analysis.WithWeight(party, issue, random.Next(1, 10)),
                    1 => analysis.WithReservation(party, random.NextDouble()),
                    _ => analysis.WithValue(party, issue, random.Next(instance.Issues[issue].Options.Count), random.Next(9) / 8.0),
                };
                edits++;
                outside += analysis.Frontier.Chain.FromOutside ? 1 : 0;
                ReferenceAssert.SameFrontier(analysis.Instance, analysis);
                ReferenceAssert.SameSolutions(analysis.Instance, analysis.Result);
                await analysis.PrepareWhatIf();
            }
        }

        // The rest: reservation edits, and edits of the issue that was already merged last (one merge anyway).
        Assert.True(outside > edits / 2, $"{outside} of {edits} edits used a precomputed outside frontier");
    }

    /// <summary>
    /// On an instance too large for brute force in a test, a run of edits of different issues (without waiting for the
    /// background work, so that some edits race it) gives the frontier and solutions of a fresh analysis.
    /// </summary>
    [Fact]
    public async Task PrepareWhatIf_edits_without_waiting_match_a_fresh_Create()
    {
        var instance = RandomInstance.Create(11, 4, 9, 5);
        var analysis = NegotiationAnalysis.Create(instance);
        await analysis.PrepareWhatIf();
        var random = new Random(11);
        for (var edit = 0; edit < 24; edit++)
        {
            var issue = edit * 4 % instance.Issues.Count;
            analysis = edit % 3 == 2
                ? analysis.WithWeight(edit % 4, issue, random.Next(1, 10))
                : analysis.WithValue(edit % 4, issue, random.Next(5), random.NextDouble());
            if (edit % 2 == 0)
            {
                await analysis.PrepareWhatIf();
            }

            var fresh = NegotiationAnalysis.Create(analysis.Instance);
            Assert.Equal(fresh.Frontier.Count, analysis.Frontier.Count);
            var expected = Enumerable.Range(0, fresh.Frontier.Count).Select(i => fresh.Frontier.Utilities(i).ToArray()).ToList();
            for (var x = 0; x < analysis.Frontier.Count; x++)
            {
                var u = analysis.Frontier.Utilities(x).ToArray();
                Assert.Contains(expected, e => ReferenceAssert.Close(e, u));
                var table = new double[4];
                ReferenceAssert.UtilitiesOf(analysis.Instance, analysis.Frontier.Options(x), table);
                Assert.True(ReferenceAssert.Close(table, u), $"edit {edit}, point {x}: its options do not give its utilities");
            }

            Assert.Equal(fresh.Result.ZopaSize, analysis.Result.ZopaSize);
            Assert.Equal(fresh.Result.Nash?.Utilities.Sum() ?? -1, analysis.Result.Nash?.Utilities.Sum() ?? -1, 1e-9);
            Assert.Equal(fresh.Result.Utilitarian?.Utilities.Sum() ?? -1, analysis.Result.Utilitarian?.Utilities.Sum() ?? -1, 1e-9);
        }
    }
}
