using Parley.Analysis.Model;
using Parley.Analysis.Reference;

namespace Parley.Analysis.Tests;

public sealed partial class NegotiationAnalysisTests
{
    public static TheoryData<int, int> Batches()
    {
        var data = new TheoryData<int, int>();
        for (var b = 0; b < 10; b++)
        {
            data.Add(b * 300, 300);
        }

        return data;
    }

    /// <summary>Random small instances, a third with values on a coarse grid (exact ties), some zero weights.</summary>
    private static NegotiationInstance Instance(int seed)
    {
        var random = new Random(seed);
        var parties = random.Next(1, 5);
        var issues = random.Next(1, 6);
        var options = random.Next(1, 5);
        var grid = seed % 3 == 0 ? random.Next(1, 5) : 0;
        var maxReservation = seed % 2 == 0 ? 0.5 : 1.0;
        return RandomInstance.Create(seed, parties, issues, options, grid, maxReservation, zeroWeights: seed % 5 == 0);
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Create_random_small_instances_match_brute_force(int first, int count)
    {
        for (var seed = first; seed < first + count; seed++)
        {
            var instance = Instance(seed);
            var analysis = NegotiationAnalysis.Create(instance);
            ReferenceAssert.SameFrontier(instance, analysis);
            ReferenceAssert.SameSolutions(instance, analysis.Result);
        }
    }

    [Fact]
    public void WithValue_and_WithWeight_random_edits_match_brute_force()
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed + 100_000);
            var instance = Instance(seed);
            var analysis = NegotiationAnalysis.Create(instance);
            for (var edit = 0; edit < 4; edit++)
            {
                var party = random.Next(instance.Parties.Count);
                var issue = random.Next(instance.Issues.Count);
                analysis = random.Next(3) switch
                {
                    0 => analysis.WithValue(party, issue, random.Next(instance.Issues[issue].Options.Count), random.Next(5) / 4.0),
                    1 => analysis.WithWeight(party, issue, random.Next(1, 10)),
                    _ => analysis.WithReservation(party, random.NextDouble()),
                };
                ReferenceAssert.SameFrontier(analysis.Instance, analysis);
                ReferenceAssert.SameSolutions(analysis.Instance, analysis.Result);
            }
        }
    }

    /// <summary>
    /// A slider: many edits of one option of the issue merged last, each from the previous analysis (the cached path),
    /// now and then another option or party (the cache must notice), values on a grid so that ties and options that
    /// become dominated occur.
    /// </summary>
    [Fact]
    public async Task WithValue_slider_on_last_merged_issue_matches_brute_force()
    {
        var cached = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed + 200_000);
            var instance = RandomInstance.Create(seed, random.Next(3, 5), random.Next(2, 6), random.Next(2, 5), grid: seed % 3 == 0 ? 4 : 0);
            var analysis = NegotiationAnalysis.Create(instance);
            var issue = analysis.Frontier.Chain.Order[^1];
            var (party, option) = (random.Next(instance.Parties.Count), random.Next(instance.Issues[issue].Options.Count));
            for (var edit = 0; edit < 8; edit++)
            {
                if (random.Next(4) == 0)
                {
                    (party, option) = (random.Next(instance.Parties.Count), random.Next(instance.Issues[issue].Options.Count));
                }

                analysis = analysis.WithValue(party, issue, option, random.Next(9) / 8.0);
                Assert.Equal(issue, analysis.Frontier.Chain.Order[^1]);
                cached += analysis.Frontier.Chain.FromSliderCache ? 1 : 0;
                if (analysis.Frontier.Chain.Slider?.Cache is { } building)
                {
                    await building;
                }

                ReferenceAssert.SameFrontier(analysis.Instance, analysis);
                ReferenceAssert.SameSolutions(analysis.Instance, analysis.Result);
            }
        }

        // The first two moves of each slider do the plain merge (the second starts the cache); the cache is also dropped
        // when another option moves or an option becomes dominated. About a third of the edits remain (916 at writing).
        Assert.True(cached > 600, $"{cached} of 2400 edits used the slider cache");
    }

    [Fact]
    public void WithValue_earlier_frontier_stays_valid()
    {
        var instance = RandomInstance.Create(7, 3, 5, 4);
        var before = NegotiationAnalysis.Create(instance);
        var expected = Enumerable.Range(0, before.Frontier.Count).Select(before.Frontier.Options).ToArray();
        _ = before.WithValue(0, before.Frontier.Chain.Order[0], 1, 1.0);
        Assert.Equal(expected, Enumerable.Range(0, before.Frontier.Count).Select(before.Frontier.Options));
    }

    [Fact]
    public void Create_opposed_values_put_every_package_on_the_frontier()
    {
        // u_Q = 1 - u_P on every package: nothing is dominated, and the engine lists all 3^6 packages.
        var random = new Random(5);
        var values = Enumerable.Range(0, 6).Select(_ => new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() }).ToArray();
        var instance = new NegotiationInstance(
            [.. Enumerable.Range(0, 6).Select(i => new Issue($"i{i}", ["a", "b", "c"]))],
            [
                new Party("P", [1, 2, 3, 4, 5, 6], [.. values.Select(v => (IReadOnlyList<double>)v)], 0.2),
                new Party("Q", [1, 2, 3, 4, 5, 6], [.. values.Select(v => (IReadOnlyList<double>)[.. v.Select(x => 1 - x)])], 0.2),
            ]);
        var analysis = NegotiationAnalysis.Create(instance);
        Assert.Equal(729, analysis.Frontier.Count);
        ReferenceAssert.SameFrontier(instance, analysis);
    }

    [Fact]
    public void WithReservation_reuses_the_frontier()
    {
        var before = NegotiationAnalysis.Create(RandomInstance.Create(3, 3, 6, 4));
        var after = before.WithReservation(1, 0.9);
        Assert.Same(before.Frontier.Chain, after.Frontier.Chain);
        Assert.Equal(0.9, after.Instance.Parties[1].Reservation);
    }

    [Fact]
    public void WithValue_out_of_range_is_rejected_and_names_the_field()
    {
        var before = NegotiationAnalysis.Create(RandomInstance.Create(3, 2, 3, 3));
        var error = Assert.Throws<InvalidInstanceException>(() => before.WithValue(1, 2, 0, 1.5));
        Assert.Equal("party1", error.Party);
        Assert.Equal("issue2", error.Issue);
        Assert.Equal("values[2][0]", error.Field);
    }

    [Fact]
    public void Create_four_parties_ten_issues_matches_brute_force()
    {
        var instance = RandomInstance.Create(42, 4, 7, 5);
        var analysis = NegotiationAnalysis.Create(instance);
        ReferenceAssert.SameFrontier(instance, analysis);
        ReferenceAssert.SameSolutions(instance, analysis.Result);
    }
}
