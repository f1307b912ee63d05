using Parley.Domain.Records;
using Parley.Domain.Talks;

namespace Parley.Application.Talks;

internal static class RecordSummary
{
    /// <summary>The line that names a record in the audit trail.</summary>
    public static string Of(TalkRecord record)
    {
        if (record.Visibility == Domain.Access.Visibility.PartyPrivate)
        {
            // Mediators read the audit trail; a party's draft shows there only as existing, not by its content.
            return $"{record.Kind} draft of {record.OwnerParty}";
        }
        return Title(record);
    }

    /// <summary>The record's name as its readers see it (search results, history), drafts included.</summary>
    public static string Title(TalkRecord record)
    {
        var text = record switch
        {
            Party p => $"{p.Code} {p.Name}",
            Person p => p.Name,
            Round r => $"Round {r.Number} at {r.Venue}",
            SummitProposal s => s.Title,
            Deadline d => d.Title,
            Position p => $"{p.Party} on {p.Issue}",
            Statement s => $"{s.SpeakerName ?? s.SpeakerParty} on {s.SaidOn:yyyy-MM-dd}",
            Incident i => $"{i.Type} at {i.Place} on {i.OccurredOn:yyyy-MM-dd}",
            DisputedFigure f => f.Subject,
            Note n => n.Title,
            _ => record.Kind.ToString(),
        };
        return text.Length <= 300 ? text : text[..299] + "…";
    }
}
