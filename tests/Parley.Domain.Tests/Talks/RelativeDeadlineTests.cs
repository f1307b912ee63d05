using Parley.Domain.Talks;

namespace Parley.Domain.Tests.Talks;

public sealed class RelativeDeadlineTests
{
    [Fact]
    public void ResolvesTo_fifty_days_from_the_oval_office_is_second_of_september()
    {
        var deadline = RelativeDeadline.Create(new DateOnly(2025, 7, 14), 50);
        Assert.Equal(new DateOnly(2025, 9, 2), deadline.ResolvesTo);
    }

    [Fact]
    public void Create_zero_days_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RelativeDeadline.Create(new DateOnly(2025, 7, 14), 0));
    }
}
