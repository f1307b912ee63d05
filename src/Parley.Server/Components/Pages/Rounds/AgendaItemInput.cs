using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Rounds;

/// <summary>One agenda item in the round form; names mirror <see cref="AgendaItem"/>.</summary>
public sealed class AgendaItemInput
{
    public string Text { get; set; } = "";

    public NegotiationIssue? Issue { get; set; }

    /// <summary>Earlier rounds' follow-ups it takes up, as "roundId:index" keys (see <see cref="FollowUpKeys"/>).</summary>
    public string[] FollowUps { get; set; } = [];

    /// <summary>The negotiating text whose clauses the item takes up.</summary>
    public Guid? ClauseText { get; set; }

    /// <summary>Clause numbers of that text, e.g. "2.1, 3.4".</summary>
    public string? ClauseNumbers { get; set; }

    public static string Numbers(IEnumerable<ClauseRef> clauses) => string.Join(", ", clauses.Select(c => c.Number));

    public IReadOnlyList<ClauseRef> Clauses() => ClauseText is { } text
        ? [.. (ClauseNumbers ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => new ClauseRef(text, n))]
        : [];
}
