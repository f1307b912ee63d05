namespace Parley.Domain.Talks;

/// <summary>One party's delegation at a round: its head and members (person ids).</summary>
public sealed record DelegationSeat(string Party, Guid? Head, IReadOnlyList<Guid> Members, string? Note = null);
