using System.Text.Json.Serialization;

namespace Parley.Domain.Talks;

/// <summary>
/// Something a round's outcome leaves to be done: what, by whom (a party, a person, a working group or a
/// combination, e.g. the humanitarian working group of UA), by when, and what became of it. Kept in its round's
/// list in order; a follow-up is never removed, only marked dropped, so (round, index) names it for good.
/// </summary>
[JsonConverter(typeof(FollowUpJsonConverter))]
public sealed record FollowUp(string Text)
{
    public string? OwnerParty { get; init; }

    public Guid? OwnerPerson { get; init; }

    /// <summary>A working group by name, e.g. "Humanitarian working group".</summary>
    public string? OwnerGroup { get; init; }

    public DateOnly? DueOn { get; init; }

    public FollowUpStatus Status { get; init; }

    /// <summary>Which of the round's outcomes it follows from (0-based), when it follows from one.</summary>
    public int? Outcome { get; init; }

    public static implicit operator FollowUp(string text) => new(text);

    public static FollowUp FromString(string text) => new(text);

    public bool HasOwner => OwnerParty is not null || OwnerPerson is not null || !string.IsNullOrWhiteSpace(OwnerGroup);
}
