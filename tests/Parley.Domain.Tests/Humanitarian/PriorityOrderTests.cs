using Parley.Domain.Humanitarian;

namespace Parley.Domain.Tests.Humanitarian;

public sealed class PriorityOrderTests
{
    private sealed record P(string Name, PriorityGroups Groups, string? Captured);

    [Fact]
    public void First_takes_wounded_then_long_held_then_minors_longest_held_first()
    {
        P[] people =
        [
            new("plain-old", PriorityGroups.None, "2022-03-01"),
            new("minor", PriorityGroups.Minor, "2024-01-01"),
            new("long-held-later", PriorityGroups.LongHeld, "2023-01-01"),
            new("wounded-no-date", PriorityGroups.SeriouslyWoundedOrSick, null),
            new("long-held-earlier", PriorityGroups.LongHeld, "2022-06-01"),
            new("wounded", PriorityGroups.SeriouslyWoundedOrSick | PriorityGroups.Minor, "2024-05-01"),
        ];
        var first = PriorityOrder.First(people, 5, p => p.Groups, p => p.Captured);
        Assert.Equal(["wounded", "wounded-no-date", "long-held-earlier", "long-held-later", "minor"], first.Select(p => p.Name));
        Assert.Equal(6, PriorityOrder.First(people, 50, p => p.Groups, p => p.Captured).Count);
        Assert.Empty(PriorityOrder.First(people, 0, p => p.Groups, p => p.Captured));
    }

    [Fact]
    public void SecondFor_keeps_the_agreed_ratio()
    {
        Assert.Equal(1200, PriorityOrder.SecondFor(new CategoryTerms(PersonCategory.Military, 1, 1), 1200));
        Assert.Equal(2, PriorityOrder.SecondFor(new CategoryTerms(PersonCategory.Civilian, 2, 1), 5));
    }
}
