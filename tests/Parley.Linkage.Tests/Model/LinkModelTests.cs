using Parley.Linkage.Model;
using Parley.Linkage.Synthetic;

namespace Parley.Linkage.Tests.Model;

/// <summary>Issue 15: the trained model saved with a run, its waterfall explanations, evidence flags and learning from decisions.</summary>
public sealed class LinkModelTests
{
    private static readonly Lazy<(SyntheticListPair Lists, LinkResult Result)> s_run = new(() =>
    {
        var lists = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = 4000, RightCount = 4000, Seed = 3 });
        return (lists, new PersonLinker().Link(lists.Left, lists.Right));
    });

    [Fact]
    public void ToJson_roundTrips_andLinkingWithTheSavedModelGivesTheSamePairs()
    {
        var (lists, result) = s_run.Value;
        var json = result.Model.ToJson();
        var back = LinkModel.FromJson(json);
        Assert.Equal(json, back.ToJson());
        Assert.Equal(["family", "given", "patronymic", "dob", "sex", "order"], back.Comparisons.Select(c => c.Name));
        Assert.Contains("\"day/month swapped\"", json, StringComparison.Ordinal);

        var again = new PersonLinker(new LinkOptions { Model = back }).Link(lists.Left, lists.Right);
        Assert.Equal(
            result.Pairs.Select(p => (p.LeftIndex, p.RightIndex, p.Decision)),
            again.Pairs.Select(p => (p.LeftIndex, p.RightIndex, p.Decision)));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("not json")]
    [InlineData("{\"lambda\":0.5,\"expectedMatches\":1,\"comparisons\":[{\"name\":\"family\",\"levels\":[]}]}")]
    public void FromJson_notAModelOfThisEngine_throwsFormatException(string json) =>
        Assert.Throws<FormatException>(() => LinkModel.FromJson(json));

    [Fact]
    public void Explain_waterfallAddsUpToTheScore()
    {
        var (_, result) = s_run.Value;
        foreach (var pair in result.Pairs.Take(200))
        {
            var explanation = result.Explain(pair);
            Assert.Equal("prior", explanation.Steps[0].Name);
            Assert.Equal(result.Model.Lambda, explanation.Steps[0].Probability, 12);
            Assert.Equal("one-to-one", explanation.Steps[^1].Name);
            Assert.Equal(pair.Score, explanation.Probability);
            var bits = explanation.Steps.Sum(s => s.Log2Weight);
            var score = Math.Clamp(pair.Score, 1e-12, 1 - 1e-12);
            Assert.Equal(Math.Log2(score / (1 - score)), bits, 3);
            Assert.Contains(explanation.Steps, s => s.Name == "dob");
            Assert.Contains("bits", explanation.ToText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Gaps_flagWhatTheEvidenceLacked()
    {
        var (lists, result) = s_run.Value;
        foreach (var pair in result.Pairs)
        {
            var (l, r) = (lists.Left[pair.LeftIndex], lists.Right[pair.RightIndex]);
            var noDob = l.DateOfBirth.Precision == DatePrecision.None || r.DateOfBirth.Precision == DatePrecision.None;
            Assert.Equal(noDob, pair.Gaps.HasFlag(EvidenceGaps.NoDateOfBirth));
            Assert.Equal(l.Patronymic.Length == 0 || r.Patronymic.Length == 0, pair.Gaps.HasFlag(EvidenceGaps.NoPatronymic));
        }

        Assert.Contains(result.Pairs, p => p.Decision == LinkDecision.Match && p.Gaps.HasFlag(EvidenceGaps.NoDateOfBirth));
        Assert.Contains(result.Pairs, p => p.Gaps.HasFlag(EvidenceGaps.NamesakeNearby));
    }

    [Fact]
    public void Gaps_namesakeOnTheOtherList_isFlagged()
    {
        var left = new List<PersonRecord> { new("L1", "Шевченко", "Олександр", "Іванович", PartialDate.Create(1990, 1, 2)) };
        var right = new List<PersonRecord>
        {
            new("R1", "Шевченко", "Александр", "Иванович", PartialDate.Create(1990, 1, 2)),
            new("R2", "Шевченко", "Александр", null, PartialDate.FromYear(1990)),
        };
        var filler = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = 2000, RightCount = 2000, Seed = 4 });
        left.AddRange(filler.Left);
        right.AddRange(filler.Right);
        var pair = new PersonLinker().Link(left, right).Pairs.Single(p => p.LeftIndex == 0 && p.RightIndex == 0);
        Assert.True(pair.Gaps.HasFlag(EvidenceGaps.NamesakeNearby), pair.Gaps.ToString());
        Assert.False(pair.Gaps.HasFlag(EvidenceGaps.NoDateOfBirth));
    }

    [Fact]
    public void Learn_fromDecisions_movesMTowardsWhatOfficersSaw()
    {
        var (lists, result) = s_run.Value;
        var truth = lists.Truth.ToHashSet();
        // Officers confirm pairs whose dates of birth disagreed by a year: m of that level must rise.
        var decisions = result.Pairs
            .Where(p => result.Explain(p).Steps.Any(s => s.Name == "dob" && s.Level == "year off by one"))
            .Select(p => new LabelledPair(lists.Left[p.LeftIndex], lists.Right[p.RightIndex], truth.Contains((lists.Left[p.LeftIndex].Id, lists.Right[p.RightIndex].Id)), 50))
            .ToList();
        Assert.NotEmpty(decisions);
        var learnt = PersonLinker.Learn(result.Model, decisions);
        double M(LinkModel m) => m.Comparisons[3].Levels[2].M;
        Assert.True(M(learnt) > M(result.Model), $"{M(learnt)} ≤ {M(result.Model)}");
        Assert.Equal(decisions.Count, learnt.LabelledPairs);
        Assert.Equal(1, learnt.Comparisons[3].Levels.Where(l => !l.IsNull).Sum(l => l.M), 3);
        Assert.Equal(result.Model.Comparisons[3].Levels[2].U, learnt.Comparisons[3].Levels[2].U);
    }

    [Fact]
    public void MatchThreshold_calibratedScores_giveOneHalf_andOverconfidentScoresRaiseIt()
    {
        var grid = Enumerable.Range(1, 19).Select(i => i / 20.0).ToList();
        var calibrated = grid.SelectMany(s => new[] { (s, true, s), (s, false, 1 - s) }).ToList();
        Assert.Equal(0.5, ThresholdCalibration.MatchThreshold(calibrated)!.Value, 3);

        // Officers found pairs right less often than the engine said: the threshold must rise above 0.5.
        var overconfident = grid.SelectMany(s => new[] { (s, true, s * s), (s, false, 1 - (s * s)) }).ToList();
        Assert.True(ThresholdCalibration.MatchThreshold(overconfident) > 0.6);
        Assert.Null(ThresholdCalibration.MatchThreshold([(0.9, true, 1.0), (0.4, true, 1.0)]));
    }
}
