namespace Parley.Domain.Talks;

/// <summary>
/// Each issue's stance scale, from -2 to +2, with what its two poles mean. Stances of two parties on the same
/// issue are comparable because they sit on the same axis.
/// </summary>
public sealed record IssueAxis(NegotiationIssue Issue, string Label, string Minus2, string Plus2)
{
    public const int Min = -2;
    public const int Max = 2;

    public static IReadOnlyList<IssueAxis> All { get; } =
    [
        new(NegotiationIssue.NatoMembership, "NATO membership", "Ukraine renounces NATO membership for good", "Ukraine free to join NATO"),
        new(NegotiationIssue.ArmedForces, "Size of the military", "Strict caps on Ukraine's armed forces", "No limits on Ukraine's armed forces"),
        new(NegotiationIssue.Territory, "Territory", "Ukraine cedes Crimea and four regions", "Ukraine's 1991 borders restored"),
        new(NegotiationIssue.Ceasefire, "Ceasefire", "No ceasefire before a settlement", "Full, unconditional ceasefire first"),
        new(NegotiationIssue.Prisoners, "Prisoners", "Staged exchanges on agreed numbers", "All-for-all exchange"),
        new(NegotiationIssue.Children, "Children", "Removals were evacuations; no return programme", "Return of all deported children"),
        new(NegotiationIssue.Sanctions, "Sanctions", "All sanctions lifted", "Sanctions kept or raised"),
        new(NegotiationIssue.LeadersMeeting, "Leaders' meeting", "Only to sign a finished agreement", "Meet now to negotiate"),
    ];

    public static IssueAxis For(NegotiationIssue issue) => All[(int)issue];
}
