namespace Parley.Server.Components.Pages.Deadlines;

/// <summary>One statement of the deadline. Stored ones are history and shown, not edited.</summary>
public sealed class RevisionInput
{
    public DateOnly? StatedOn { get; set; }

    public string StatedAs { get; set; } = "";

    public int? Days { get; set; }

    public DateOnly? DueOn { get; set; }

    public string? Source { get; set; }

    public bool Stored { get; set; }
}
