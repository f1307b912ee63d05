using Parley.Domain.Humanitarian;

namespace Parley.Domain.Tests.Humanitarian;

public sealed class PriorityRulesTests
{
    private static readonly DateOnly Today = new(2025, 7, 23);

    [Theory]
    [InlineData("seriously wounded, leg")]
    [InlineData("тяжке поранення")]
    [InlineData("тяжело ранен")]
    [InlineData("Chronic illness")]
    public void From_health_naming_wounds_or_sickness_is_priority(string health)
    {
        Assert.Equal(PriorityGroups.SeriouslyWoundedOrSick, PriorityRules.From(health, null, null, null, null, Today));
    }

    [Fact]
    public void From_healthy_adult_captured_recently_has_no_priority()
    {
        Assert.Equal(PriorityGroups.None, PriorityRules.From("satisfactory", 1990, 5, 1, new DateOnly(2025, 1, 1), Today));
    }

    [Fact]
    public void From_seventeen_year_old_is_a_minor_and_eighteen_is_not()
    {
        Assert.Equal(PriorityGroups.Minor, PriorityRules.From(null, 2007, 7, 24, null, Today));
        Assert.Equal(PriorityGroups.None, PriorityRules.From(null, 2007, 7, 23, null, Today));
    }

    [Fact]
    public void From_year_only_birth_counts_as_minor_only_when_certain()
    {
        Assert.Equal(PriorityGroups.None, PriorityRules.From(null, 2007, null, null, null, Today));
        Assert.Equal(PriorityGroups.Minor, PriorityRules.From(null, 2008, null, null, null, Today));
    }

    [Fact]
    public void From_captured_over_two_years_ago_is_long_held()
    {
        Assert.Equal(PriorityGroups.LongHeld, PriorityRules.From(null, null, null, null, new DateOnly(2022, 3, 1), Today));
    }
}
