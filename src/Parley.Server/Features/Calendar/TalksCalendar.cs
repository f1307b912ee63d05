using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Application.Talks;

namespace Parley.Server.Features.Calendar;

/// <summary>
/// The talks as all-day calendar events (each deadline on its date, each round — the next meeting with its agenda —,
/// each summit's target window) and the rounds' follow-ups as to-dos.
/// </summary>
internal static class TalksCalendar
{
    public static async Task<Ical.Net.Calendar> BuildAsync(ITalksReader reader, Viewer viewer, DateOnly today, CancellationToken cancellationToken)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Parley//Talks record//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Parley: deadlines, rounds and summits");
        foreach (var deadline in await reader.ListAsync<Deadline>(viewer, cancellationToken))
        {
            if (deadline.DueOn is not { } due)
            {
                continue;
            }
            var history = string.Join("\n", deadline.Revisions.Select(r => $"{r.StatedOn:yyyy-MM-dd}: \"{r.StatedAs}\" → {r.ResolvedDueOn:yyyy-MM-dd}"));
            calendar.Events.Add(AllDay($"deadline-{deadline.Id}", $"Deadline: {deadline.Title}", due, due,
                $"{deadline.Demand}\nConsequence: {deadline.Consequence}\nStatus: {deadline.StateOn(today).Phase}\n{history}", null));
        }
        foreach (var round in await reader.ListAsync<Round>(viewer, cancellationToken))
        {
            var planned = round.PhaseOn(today) != RoundPhase.Held;
            var lines = planned || round.Outcomes.Count == 0
                ? round.Agenda.Select((a, i) => $"{i + 1}. {a.Text}")
                : round.Outcomes;
            var format = round.Format is { } f ? $" ({f})" : "";
            calendar.Events.Add(AllDay($"round-{round.Id}", $"{(planned ? "Next meeting: round" : "Round")} {round.Number} of talks, {round.Venue}{format}", round.StartsOn, round.EndsOn ?? round.StartsOn,
                string.Join("\n", lines), round.City is null ? round.Venue : $"{round.Venue}, {round.City}"));
            for (var i = 0; i < round.FollowUps.Count; i++)
            {
                calendar.Todos.Add(FollowUpTodo(round, i, today));
            }
        }
        foreach (var summit in await reader.ListAsync<SummitProposal>(viewer, cancellationToken))
        {
            if (summit.ScheduledFor is { } on)
            {
                calendar.Events.Add(AllDay($"summit-{summit.Id}", $"Summit: {summit.Title}", on, on, summit.Format, summit.Venue));
            }
            else if (summit.Window is { } window)
            {
                calendar.Events.Add(AllDay($"summit-window-{summit.Id}", $"Summit window ({window.StatedAs}): {summit.Title}", window.From ?? summit.ProposedOn, window.To,
                    $"{summit.Format}; status {summit.StateOn(today).Phase}", summit.Venue));
            }
        }
        return calendar;
    }

    /// <summary>A follow-up as an RFC 5545 to-do (VTODO, 3.6.2) with DUE when it has a due date; done and dropped ones say so in STATUS.</summary>
    private static Todo FollowUpTodo(Round round, int index, DateOnly today)
    {
        var followUp = round.FollowUps[index];
        var state = StateRule.Of(followUp, today);
        var owner = string.Join(", ", new[] { followUp.OwnerGroup, followUp.OwnerParty }.Where(o => !string.IsNullOrWhiteSpace(o)));
        var todo = new Todo
        {
            Uid = $"followup-{round.Id}-{index}@parley",
            Summary = $"Follow-up of round {round.Number}: {followUp.Text}",
            Description = $"Owner: {(owner.Length == 0 ? "none" : owner)}\nState: {state.Phase}",
            Status = followUp.Status switch
            {
                FollowUpStatus.Done => "COMPLETED",
                FollowUpStatus.Dropped => "CANCELLED",
                _ => "NEEDS-ACTION",
            },
        };
        if (followUp.DueOn is { } due)
        {
            todo.Due = new CalDateTime(due.Year, due.Month, due.Day);
        }
        return todo;
    }

    private static CalendarEvent AllDay(string uid, string summary, DateOnly first, DateOnly last, string description, string? location) => new()
    {
        Uid = uid + "@parley",
        Summary = summary,
        Description = description,
        Location = location,
        Start = new CalDateTime(first.Year, first.Month, first.Day),
        // DTEND of an all-day event is exclusive (RFC 5545 3.6.1).
        End = new CalDateTime(last.AddDays(1).Year, last.AddDays(1).Month, last.AddDays(1).Day),
    };
}
