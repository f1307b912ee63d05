using Parley.Domain.Talks;
using Parley.Domain.Validation;

namespace Parley.Domain.Tests.Talks;

public sealed class DisputedFigureTests
{
    private static DisputedFigure Children() => new()
    {
        Subject = "Children deported",
        Unit = "children",
        Claims =
        [
            new FigureClaim("UA", 19_546, new DateOnly(2025, 7, 23), "Ukraine's official count"),
            new FigureClaim("RU", 700_000, new DateOnly(2025, 7, 24), "Russian officials"),
            new FigureClaim("UA", 19_000, new DateOnly(2024, 1, 1), "older count"),
        ],
    };

    [Fact]
    public void LatestByParty_keeps_each_party_apart()
    {
        var latest = Children().LatestByParty();
        Assert.Equal([("RU", 700_000L), ("UA", 19_546L)], latest.Select(c => (c.Party, c.Value)));
    }

    [Fact]
    public void Timeline_one_line_per_claim_never_a_sum()
    {
        var lines = Children().Timeline().ToList();
        Assert.Equal(3, lines.Count);
        Assert.DoesNotContain(lines, l => l.Title.Contains("719", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_claim_without_source_is_refused()
    {
        var figure = Children();
        figure.Claims[0] = figure.Claims[0] with { Source = "" };
        var errors = new ValidationErrors();
        figure.Validate(errors);
        Assert.True(errors.Has("Claims[0].Source"));
    }
}
