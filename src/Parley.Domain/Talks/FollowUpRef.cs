namespace Parley.Domain.Talks;

/// <summary>Names a follow-up for good: its round and its place in that round's list (follow-ups are never removed).</summary>
public sealed record FollowUpRef(Guid Round, int Index);
