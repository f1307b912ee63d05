using Parley.Domain.Humanitarian;

namespace Parley.Domain.Tests.Humanitarian;

public sealed class ChildCaseRulesTests
{
    [Fact]
    public void Check_one_step_forward_is_allowed()
    {
        Assert.Null(ChildCaseRules.Check(new(ChildCaseStatus.Reported, ChildCaseStatus.Identified, null, null, null)));
    }

    [Fact]
    public void Check_skipping_a_step_is_refused()
    {
        var reason = ChildCaseRules.Check(new(ChildCaseStatus.Reported, ChildCaseStatus.Returned, "photo", "officer", null));
        Assert.Contains("one step at a time", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChildCaseStatus.Identified, ChildCaseStatus.Located)]
    [InlineData(ChildCaseStatus.InReturnProcess, ChildCaseStatus.Returned)]
    [InlineData(ChildCaseStatus.Returned, ChildCaseStatus.Reunited)]
    public void Check_steps_that_move_a_child_need_evidence_and_verifier(ChildCaseStatus from, ChildCaseStatus to)
    {
        Assert.NotNull(ChildCaseRules.Check(new(from, to, null, "officer", null)));
        Assert.NotNull(ChildCaseRules.Check(new(from, to, "report", " ", null)));
        Assert.Null(ChildCaseRules.Check(new(from, to, "report", "officer", null)));
    }

    [Fact]
    public void Check_step_back_needs_a_reason()
    {
        Assert.NotNull(ChildCaseRules.Check(new(ChildCaseStatus.Located, ChildCaseStatus.Identified, null, null, null)));
        Assert.Null(ChildCaseRules.Check(new(ChildCaseStatus.Located, ChildCaseStatus.Identified, null, null, "location proved wrong")));
    }
}
