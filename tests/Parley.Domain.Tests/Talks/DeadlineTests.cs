using Parley.Domain.Talks;
using Parley.Domain.Validation;

namespace Parley.Domain.Tests.Talks;

public sealed class DeadlineTests
{
    private static Deadline FiftyDays() => new()
    {
        Title = "Ultimatum",
        IssuerParty = "US",
        TargetParty = "RU",
        Demand = "A deal",
        Consequence = "Secondary tariffs",
        Revisions = [new DeadlineRevision(new DateOnly(2025, 7, 14), "in 50 days", Days: 50)],
    };

    [Fact]
    public void Normalise_resolves_in_fifty_days_to_second_of_september()
    {
        var deadline = FiftyDays();
        deadline.Normalise();
        Assert.Equal(new DateOnly(2025, 9, 2), deadline.DueOn);
        Assert.Equal(new DateOnly(2025, 9, 2), deadline.Revisions[0].DueOn);
    }

    [Fact]
    public void DueOn_shortened_deadline_follows_the_latest_revision_and_keeps_history()
    {
        var deadline = FiftyDays();
        deadline.Revisions.Add(new DeadlineRevision(new DateOnly(2025, 7, 29), "10 days from today", Days: 10));
        Assert.Equal(new DateOnly(2025, 8, 8), deadline.DueOn);
        Assert.Equal(2, deadline.Revisions.Count);
        var errors = new ValidationErrors();
        deadline.ValidateChange(FiftyDays(), errors);
        Assert.True(errors.IsEmpty, errors.ToString());
    }

    [Fact]
    public void ValidateChange_dropping_a_revision_is_refused()
    {
        var before = FiftyDays();
        before.Revisions.Add(new DeadlineRevision(new DateOnly(2025, 7, 29), "10 days from today", Days: 10));
        var errors = new ValidationErrors();
        FiftyDays().ValidateChange(before, errors);
        Assert.True(errors.Has(nameof(Deadline.Revisions)));
    }

    [Fact]
    public void ValidateChange_rewriting_a_stored_revision_is_refused()
    {
        var after = FiftyDays();
        after.Revisions[0] = after.Revisions[0] with { Days = 40 };
        var errors = new ValidationErrors();
        after.ValidateChange(FiftyDays(), errors);
        Assert.True(errors.Has("Revisions[0]"));
    }

    [Fact]
    public void Validate_deadline_with_no_date_names_the_field()
    {
        var deadline = FiftyDays();
        deadline.Revisions = [new DeadlineRevision(new DateOnly(2025, 7, 14), "soon")];
        var errors = new ValidationErrors();
        deadline.Validate(errors);
        Assert.Contains("needs a date", Assert.Single(errors.ToDictionary()["Revisions[0].DueOn"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_no_revision_at_all_is_refused()
    {
        var deadline = FiftyDays();
        deadline.Revisions = [];
        var errors = new ValidationErrors();
        deadline.Validate(errors);
        Assert.True(errors.Has(nameof(Deadline.Revisions)));
    }

    [Fact]
    public void Validate_days_that_disagree_with_the_date_are_refused()
    {
        var deadline = FiftyDays();
        deadline.Revisions = [new DeadlineRevision(new DateOnly(2025, 7, 14), "in 50 days", 50, new DateOnly(2025, 9, 3))];
        var errors = new ValidationErrors();
        deadline.Validate(errors);
        Assert.True(errors.Has("Revisions[0].DueOn"));
    }

    [Fact]
    public void StateOn_after_the_date_an_open_deadline_is_expired()
    {
        var deadline = FiftyDays();
        Assert.Equal(1, deadline.StateOn(new DateOnly(2025, 9, 1)).DaysLeft);
        Assert.False(deadline.StateOn(new DateOnly(2025, 9, 2)).Expired);
        var after = deadline.StateOn(new DateOnly(2025, 9, 3));
        Assert.True(after.Expired);
        Assert.Equal(-1, after.DaysLeft);
        deadline.Status = DeadlineStatus.Met;
        Assert.False(deadline.StateOn(new DateOnly(2025, 9, 3)).Expired);
    }

    [Fact]
    public void ValidateChange_settled_deadline_cannot_reopen()
    {
        var before = FiftyDays();
        before.Status = DeadlineStatus.Withdrawn;
        var errors = new ValidationErrors();
        FiftyDays().ValidateChange(before, errors);
        Assert.True(errors.Has(nameof(Deadline.Status)));
    }
}
