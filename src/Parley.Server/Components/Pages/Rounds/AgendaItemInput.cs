using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Rounds;

/// <summary>One agenda item in the round form; names mirror <see cref="AgendaItem"/>.</summary>
public sealed class AgendaItemInput
{
    public string Text { get; set; } = "";

    public NegotiationIssue? Issue { get; set; }

    /// <summary>Earlier rounds' follow-ups it takes up, as "roundId:index" keys (see <see cref="FollowUpKeys"/>).</summary>
    public string[] FollowUps { get; set; } = [];
}
