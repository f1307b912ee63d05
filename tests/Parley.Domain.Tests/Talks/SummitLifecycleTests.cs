using Parley.Domain.Talks;

namespace Parley.Domain.Tests.Talks;

public sealed class SummitLifecycleTests
{
    [Theory]
    [InlineData(SummitStatus.Proposed, SummitStatus.Accepted)]
    [InlineData(SummitStatus.Proposed, SummitStatus.Declined)]
    [InlineData(SummitStatus.Proposed, SummitStatus.Lapsed)]
    [InlineData(SummitStatus.Accepted, SummitStatus.Scheduled)]
    [InlineData(SummitStatus.Scheduled, SummitStatus.Held)]
    [InlineData(SummitStatus.Scheduled, SummitStatus.Lapsed)]
    public void CanMove_legal_steps_are_allowed(SummitStatus from, SummitStatus to) =>
        Assert.True(SummitLifecycle.CanMove(from, to));

    [Theory]
    [InlineData(SummitStatus.Proposed, SummitStatus.Scheduled)]
    [InlineData(SummitStatus.Proposed, SummitStatus.Held)]
    [InlineData(SummitStatus.Declined, SummitStatus.Accepted)]
    [InlineData(SummitStatus.Held, SummitStatus.Lapsed)]
    [InlineData(SummitStatus.Lapsed, SummitStatus.Proposed)]
    [InlineData(SummitStatus.Scheduled, SummitStatus.Proposed)]
    public void CanMove_skipping_or_reopening_is_refused(SummitStatus from, SummitStatus to) =>
        Assert.False(SummitLifecycle.CanMove(from, to));

    [Fact]
    public void NextFrom_final_states_have_no_next() =>
        Assert.All([SummitStatus.Declined, SummitStatus.Held, SummitStatus.Lapsed], s => Assert.Empty(SummitLifecycle.NextFrom(s)));
}
