using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Rounds;

/// <summary>One follow-up in the round form; names mirror <see cref="FollowUp"/>.</summary>
public sealed class FollowUpInput
{
    public string Text { get; set; } = "";

    public string? OwnerParty { get; set; }

    public Guid? OwnerPerson { get; set; }

    public string? OwnerGroup { get; set; }

    public DateOnly? DueOn { get; set; }

    public FollowUpStatus Status { get; set; }

    public int? Outcome { get; set; }

    /// <summary>Stored follow-ups cannot be removed (only dropped); new rows can.</summary>
    public bool Stored { get; set; }
}
