namespace Parley.Domain.Talks;

/// <summary>A party's weight of one issue (not normalised) and its value of each option of that issue.</summary>
public sealed record ProfileIssue(NegotiationIssue Issue, double Weight, IReadOnlyList<ProfileOption> Options);
