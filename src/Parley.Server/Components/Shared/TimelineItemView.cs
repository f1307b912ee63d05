namespace Parley.Server.Components.Shared;

/// <summary>One line of a timeline: when, what kind, a title, the parties involved, where to read more and its log entry.</summary>
public sealed record TimelineItemView(
    DateOnly On,
    string Kind,
    string Title,
    string? Detail,
    IReadOnlyList<string> PartyCodes,
    string? Href = null,
    string? Visibility = null,
    string? LogHref = null);
