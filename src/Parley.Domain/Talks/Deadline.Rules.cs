using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

public sealed partial class Deadline
{
    protected override void ValidateContent(ValidationErrors errors)
    {
        errors.Required(nameof(Title), Title, TextLimits.Title);
        errors.Required(nameof(Demand), Demand, TextLimits.Text);
        errors.Required(nameof(Consequence), Consequence, TextLimits.Text);
        if (!Enum.IsDefined(Status))
        {
            errors.Add(nameof(Status), "is not one of open, met, lapsed, withdrawn.");
        }
        if (Revisions.Count == 0)
        {
            errors.Add(nameof(Revisions), "a deadline needs a date: give at least one revision with DueOn or Days.");
        }
        if (Revisions.Count > TextLimits.ListItems)
        {
            errors.Add(nameof(Revisions), $"has {Revisions.Count} items; at most {TextLimits.ListItems} are allowed.");
        }
        for (var i = 0; i < Revisions.Count; i++)
        {
            ValidateRevision(i, Revisions[i], errors);
            if (i > 0 && Revisions[i].StatedOn < Revisions[i - 1].StatedOn)
            {
                errors.Add($"{nameof(Revisions)}[{i}].{nameof(DeadlineRevision.StatedOn)}", "revisions must be in the order they were stated.");
            }
        }
    }

    private static void ValidateRevision(int i, DeadlineRevision revision, ValidationErrors errors)
    {
        var field = $"{nameof(Revisions)}[{i}]";
        if (revision.StatedOn == default)
        {
            errors.Add($"{field}.{nameof(DeadlineRevision.StatedOn)}", "is required: the day the deadline was stated.");
        }
        errors.Required($"{field}.{nameof(DeadlineRevision.StatedAs)}", revision.StatedAs, TextLimits.Title);
        errors.MaxLength($"{field}.{nameof(DeadlineRevision.Source)}", revision.Source, TextLimits.Source);
        if (revision.Days is <= 0)
        {
            errors.Add($"{field}.{nameof(DeadlineRevision.Days)}", "must be at least 1: a deadline lies after the day it was stated.");
            return;
        }
        if (revision.DueOn is null && revision.Days is null)
        {
            errors.Add($"{field}.{nameof(DeadlineRevision.DueOn)}", "a deadline needs a date: give DueOn or Days.");
            return;
        }
        if (revision.DueOn is { } due && due <= revision.StatedOn)
        {
            errors.Add($"{field}.{nameof(DeadlineRevision.DueOn)}", $"{due:yyyy-MM-dd} is not after the day it was stated ({revision.StatedOn:yyyy-MM-dd}).");
        }
        if (revision is { DueOn: { } given, Days: { } days } && given != revision.StatedOn.AddDays(days))
        {
            errors.Add($"{field}.{nameof(DeadlineRevision.DueOn)}", $"{given:yyyy-MM-dd} is not {days} days after {revision.StatedOn:yyyy-MM-dd}.");
        }
    }

    /// <summary>Revisions are history: a change may add revisions after the stored ones but not alter or drop them.</summary>
    public override void ValidateChange(TalkRecord before, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (before is not Deadline old)
        {
            return;
        }
        if (Revisions.Count < old.Revisions.Count)
        {
            errors.Add(nameof(Revisions), $"revisions are kept as history: {old.Revisions.Count} are stored and {Revisions.Count} were sent.");
            return;
        }
        for (var i = 0; i < old.Revisions.Count; i++)
        {
            var was = old.Revisions[i];
            var now = Revisions[i];
            if (was.StatedOn != now.StatedOn || was.StatedAs != now.StatedAs || was.ResolvedDueOn != now.ResolvedDueOn)
            {
                errors.Add($"{nameof(Revisions)}[{i}]", "is history and cannot be changed; add a new revision instead.");
            }
        }
        if (old.Status != DeadlineStatus.Open && Status != old.Status)
        {
            errors.Add(nameof(Status), $"a {old.Status.ToString().ToLowerInvariant()} deadline is settled and cannot become {Status.ToString().ToLowerInvariant()}.");
        }
    }
}
