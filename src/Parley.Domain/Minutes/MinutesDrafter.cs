using System.Globalization;
using Parley.Domain.Talks;

namespace Parley.Domain.Minutes;

/// <summary>
/// Drafts a round's minutes from the record: the meeting (date, venue, chair, format), attendance per party (head
/// first), the agenda, the outcomes, the follow-ups with owner, due date and status, and the statements made on the
/// round's days. Pure: the same record gives the same draft; nothing is invented or left out, an empty part says so.
/// </summary>
public static class MinutesDrafter
{
    public static MinutesDraft Draft(Round round, IReadOnlyDictionary<Guid, Person> people, IEnumerable<Statement> statements, MinutesLanguage language)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(language);
        string Name(Guid id) => people.TryGetValue(id, out var person) ? person.Name : id.ToString();
        var culture = language.Culture;
        var end = round.EndsOn ?? round.StartsOn;
        var dates = end == round.StartsOn ? Day(round.StartsOn, culture) : $"{Day(round.StartsOn, culture)} – {Day(end, culture)}";
        List<string> meeting = [$"{language.Date}: {dates}", $"{language.Venue}: {round.Venue}{(round.City is null ? "" : ", " + round.City)}"];
        if (round.Chair is { } chair)
        {
            meeting.Add($"{language.Chair}: {Name(chair)}");
        }
        if (round.Format is { } format)
        {
            meeting.Add($"{language.Format}: {language.Word(format.ToString())}");
        }
        var attendance = round.Delegations.Select(d =>
            $"{d.Party}: {string.Join(", ", (d.Head is { } head ? [$"{Name(head)} ({language.Head})"] : Array.Empty<string>()).Concat(d.Members.Select(Name)))}");
        var followUps = round.FollowUps.Select(f => FollowUpLine(f, Name, language, culture));
        var said = statements.Where(s => s.SaidOn >= round.StartsOn && s.SaidOn <= end)
            .OrderBy(s => s.SaidOn).ThenBy(s => s.SpeakerName ?? "", StringComparer.Ordinal)
            .Select(s => $"{Speaker(s, Name)}: “{s.Quotation}”");
        return new MinutesDraft(language.Code, string.Format(culture, language.Title, round.Number),
        [
            Section(MinutesPart.Meeting, meeting, language),
            Section(MinutesPart.Attendance, attendance, language),
            Section(MinutesPart.Agenda, round.Agenda.Select((a, i) => $"{i + 1}. {a.Text}"), language),
            Section(MinutesPart.Outcomes, round.Outcomes, language),
            Section(MinutesPart.FollowUps, followUps, language),
            Section(MinutesPart.Statements, said, language),
        ]);
    }

    private static MinutesSection Section(MinutesPart part, IEnumerable<string> lines, MinutesLanguage language)
    {
        var list = lines.ToList();
        return new MinutesSection(part, language.Headings[part], list.Count == 0 ? [language.None] : list);
    }

    private static string FollowUpLine(FollowUp followUp, Func<Guid, string> name, MinutesLanguage language, CultureInfo culture)
    {
        var owners = new[] { followUp.OwnerGroup, followUp.OwnerPerson is { } p ? name(p) : null, followUp.OwnerParty }
            .Where(o => !string.IsNullOrWhiteSpace(o)).ToList();
        var owner = owners.Count == 0 ? language.NoOwner : $"{language.Owner}: {string.Join(", ", owners)}";
        var due = followUp.DueOn is { } d ? $"; {language.Due} {Day(d, culture)}" : "";
        return $"{followUp.Text} ({owner}{due}; {language.Word(followUp.Status.ToString())})";
    }

    private static string Speaker(Statement statement, Func<Guid, string> name) =>
        statement.Speaker is { } id ? name(id) : statement.SpeakerName ?? statement.SpeakerParty ?? "—";

    private static string Day(DateOnly day, CultureInfo culture) => day.ToString("d MMMM yyyy", culture);
}
