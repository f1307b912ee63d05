using System.Text.Json.Serialization;

namespace Parley.Domain.Talks;

/// <summary>
/// One item on a round's agenda: its wording, the negotiation issue it concerns (links it to the positions matrix)
/// the clauses of the negotiating text it takes up, and the open follow-ups of earlier rounds it takes up.
/// </summary>
[JsonConverter(typeof(AgendaItemJsonConverter))]
public sealed record AgendaItem(string Text)
{
    public NegotiationIssue? Issue { get; init; }

    public IReadOnlyList<FollowUpRef> FollowUps { get; init; } = [];

    public IReadOnlyList<ClauseRef> Clauses { get; init; } = [];

    public static implicit operator AgendaItem(string text) => new(text);

    public static AgendaItem FromString(string text) => new(text);
}
