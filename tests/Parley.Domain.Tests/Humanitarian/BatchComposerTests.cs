using Parley.Domain.Humanitarian;

namespace Parley.Domain.Tests.Humanitarian;

public sealed class BatchComposerTests
{
    private static readonly ExchangeTerms OneForOne = new("UA", "RU", [new CategoryTerms(PersonCategory.Military, 1, 1)]);
    private static readonly HashSet<string> NoOtherBatches = [];

    private static ExchangeCandidate Pow(string id, string heldBy, PriorityGroups p = PriorityGroups.None, bool matched = true) =>
        new(id, heldBy, PersonCategory.Military, p, matched);

    [Fact]
    public void Check_balanced_matched_batch_can_be_agreed()
    {
        var selected = new[] { Pow("a", "UA"), Pow("b", "RU") };
        var result = BatchComposer.Check(OneForOne, selected, selected, NoOtherBatches);
        Assert.True(result.CanBeAgreed);
        Assert.Equal(new CategoryCount(PersonCategory.Military, 1, 1), Assert.Single(result.Counts));
    }

    [Fact]
    public void Check_two_for_one_is_unbalanced()
    {
        var selected = new[] { Pow("a", "UA"), Pow("c", "UA"), Pow("b", "RU") };
        var result = BatchComposer.Check(OneForOne, selected, selected, NoOtherBatches);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BatchProblemKind.CountsUnbalanced, problem.Kind);
        Assert.Contains("2 (UA) for 1 (RU)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_agreed_total_must_be_met()
    {
        var terms = ExchangeTerms.NForN("UA", "RU", PersonCategory.Military, 2);
        var selected = new[] { Pow("a", "UA"), Pow("b", "RU") };
        var result = BatchComposer.Check(terms, selected, selected, NoOtherBatches);
        Assert.Equal(BatchProblemKind.CountsUnbalanced, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void Check_agreed_ratio_other_than_one_to_one_is_kept()
    {
        var terms = new ExchangeTerms("UA", "RU", [new CategoryTerms(PersonCategory.Civilian, 1, 2)]);
        var selected = new[]
        {
            new ExchangeCandidate("a", "UA", PersonCategory.Civilian, PriorityGroups.None, true),
            new ExchangeCandidate("b", "RU", PersonCategory.Civilian, PriorityGroups.None, true),
            new ExchangeCandidate("c", "RU", PersonCategory.Civilian, PriorityGroups.None, true),
        };
        Assert.True(BatchComposer.Check(terms, selected, selected, NoOtherBatches).CanBeAgreed);
    }

    [Fact]
    public void Check_unmatched_duplicate_foreign_and_busy_persons_are_each_named()
    {
        var selected = new[] { Pow("a", "UA", matched: false), Pow("a", "UA"), Pow("x", "US"), Pow("b", "RU"), Pow("d", "RU") };
        var result = BatchComposer.Check(OneForOne, selected, selected, new HashSet<string> { "d" });
        var kinds = result.Problems.Select(p => (p.Kind, p.PersonId)).ToList();
        Assert.Contains((BatchProblemKind.NotMatched, (string?)"a"), kinds);
        Assert.Contains((BatchProblemKind.Duplicate, (string?)"a"), kinds);
        Assert.Contains((BatchProblemKind.NotHeldByAParty, (string?)"x"), kinds);
        Assert.Contains((BatchProblemKind.InAnotherBatch, (string?)"d"), kinds);
    }

    [Fact]
    public void Check_children_are_not_exchanged_under_military_terms()
    {
        var child = new ExchangeCandidate("k", "RU", PersonCategory.Child, PriorityGroups.Minor, true);
        var result = BatchComposer.Check(OneForOne, [child], [child], NoOtherBatches);
        Assert.Contains(result.Problems, p => p.Kind == BatchProblemKind.CategoryNotAgreed && p.PersonId == "k");
    }

    [Fact]
    public void Check_wounded_left_behind_while_others_of_that_side_go()
    {
        var wounded = Pow("w", "RU", PriorityGroups.SeriouslyWoundedOrSick);
        var selected = new[] { Pow("a", "UA"), Pow("b", "RU") };
        var result = BatchComposer.Check(OneForOne, selected, [.. selected, wounded], NoOtherBatches);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((BatchProblemKind.WoundedLeftBehind, (string?)"w"), (problem.Kind, problem.PersonId));
    }

    [Fact]
    public void Check_wounded_of_the_other_side_or_already_batched_is_no_problem()
    {
        var woundedElsewhere = Pow("w", "RU", PriorityGroups.SeriouslyWoundedOrSick);
        var selected = new[] { Pow("a", "UA"), Pow("b", "RU") };
        var result = BatchComposer.Check(OneForOne, selected, [.. selected, woundedElsewhere], new HashSet<string> { "w" });
        Assert.True(result.CanBeAgreed);
    }
}
