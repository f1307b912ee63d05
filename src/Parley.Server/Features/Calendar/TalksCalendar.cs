using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Server.Features.Calendar;

/// <summary>The talks as all-day calendar events: each deadline on its date, each round, each summit's target window.</summary>
internal static class TalksCalendar
{
    public static async Task<Ical.Net.Calendar> BuildAsync(ITalksReader reader, Viewer viewer, CancellationToken cancellationToken)
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
                $"{deadline.Demand}\nConsequence: {deadline.Consequence}\nStatus: {deadline.Status}\n{history}", null));
        }
        foreach (var round in await reader.ListAsync<Round>(viewer, cancellationToken))
        {
            calendar.Events.Add(AllDay($"round-{round.Id}", $"Round {round.Number} of talks, {round.Venue}", round.StartsOn, round.EndsOn ?? round.StartsOn,
                string.Join("\n", round.Outcomes.Count > 0 ? round.Outcomes : round.Agenda), round.City is null ? round.Venue : $"{round.Venue}, {round.City}"));
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
                    $"{summit.Format}; status {summit.Status.ToString().ToLowerInvariant()}", summit.Venue));
            }
        }
        return calendar;
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
