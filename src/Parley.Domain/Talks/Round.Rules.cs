using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

public sealed partial class Round
{
    protected override void ValidateContent(ValidationErrors errors)
    {
        if (Number < 1)
        {
            errors.Add(nameof(Number), "must be 1 or more.");
        }
        errors.Required(nameof(Venue), Venue, TextLimits.Name);
        errors.MaxLength(nameof(City), City, TextLimits.Name);
        if (StartsOn == default)
        {
            errors.Add(nameof(StartsOn), "is required.");
        }
        errors.Ordered(nameof(StartsOn), StartsOn, nameof(EndsOn), EndsOn);
        if (DurationMinutes is < 0 or > 60 * 24 * 31)
        {
            errors.Add(nameof(DurationMinutes), "must be between 0 and a month.");
        }
        if (Format is { } format && !Enum.IsDefined(format))
        {
            errors.Add(nameof(Format), "is not one of in person, online, hybrid.");
        }
        ValidateAgenda(errors);
        errors.MaxLength(nameof(Outcomes), Outcomes, TextLimits.Text, TextLimits.ListItems);
        ValidateFollowUps(errors);
        for (var i = 0; i < Delegations.Count; i++)
        {
            errors.MaxLength($"{nameof(Delegations)}[{i}].{nameof(DelegationSeat.Note)}", Delegations[i].Note, TextLimits.Text);
        }
        var repeated = Delegations.GroupBy(d => d.Party, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            errors.Add(nameof(Delegations), $"lists party {repeated.Key} more than once.");
        }
    }

    private void ValidateAgenda(ValidationErrors errors)
    {
        if (Agenda.Count > TextLimits.ListItems)
        {
            errors.Add(nameof(Agenda), $"has {Agenda.Count} items; at most {TextLimits.ListItems} are allowed.");
        }
        for (var i = 0; i < Agenda.Count; i++)
        {
            var field = $"{nameof(Agenda)}[{i}]";
            errors.Required($"{field}.{nameof(AgendaItem.Text)}", Agenda[i].Text, TextLimits.Text);
            if (Agenda[i].Issue is { } issue && !Enum.IsDefined(issue))
            {
                errors.Add($"{field}.{nameof(AgendaItem.Issue)}", "is not a known negotiation issue.");
            }
            if (Agenda[i].FollowUps.Any(f => f.Index < 0))
            {
                errors.Add($"{field}.{nameof(AgendaItem.FollowUps)}", "a follow-up's index is 0 or more.");
            }
            if (Agenda[i].Clauses.FirstOrDefault(c => !c.IsWellFormed) is { } clause)
            {
                errors.Add($"{field}.{nameof(AgendaItem.Clauses)}", $"'{clause.Number}' is not a clause number such as 2.1 (article, clause).");
            }
        }
    }

    private void ValidateFollowUps(ValidationErrors errors)
    {
        if (FollowUps.Count > TextLimits.ListItems)
        {
            errors.Add(nameof(FollowUps), $"has {FollowUps.Count} items; at most {TextLimits.ListItems} are allowed.");
        }
        for (var i = 0; i < FollowUps.Count; i++)
        {
            var followUp = FollowUps[i];
            var field = $"{nameof(FollowUps)}[{i}]";
            errors.Required($"{field}.{nameof(FollowUp.Text)}", followUp.Text, TextLimits.Text);
            errors.MaxLength($"{field}.{nameof(FollowUp.OwnerGroup)}", followUp.OwnerGroup, TextLimits.Name);
            if (!Enum.IsDefined(followUp.Status))
            {
                errors.Add($"{field}.{nameof(FollowUp.Status)}", "is not one of open, done, dropped.");
            }
            if (followUp.Outcome is { } outcome && (outcome < 0 || outcome >= Outcomes.Count))
            {
                errors.Add($"{field}.{nameof(FollowUp.Outcome)}", $"names outcome {outcome}, but the round has {Outcomes.Count} (counted from 0).");
            }
            if (followUp.DueOn is { } due && StartsOn != default && due < StartsOn)
            {
                errors.Add($"{field}.{nameof(FollowUp.DueOn)}", $"{due:yyyy-MM-dd} is before the round began ({StartsOn:yyyy-MM-dd}).");
            }
        }
    }

    /// <summary>Follow-ups are named by their place in the list, so a change may add or update them but not remove them (drop them instead).</summary>
    public override void ValidateChange(Records.TalkRecord before, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (before is Round old && FollowUps.Count < old.FollowUps.Count)
        {
            errors.Add(nameof(FollowUps), $"follow-ups are kept: {old.FollowUps.Count} are stored and {FollowUps.Count} were sent; mark one dropped instead of removing it.");
        }
    }
}
