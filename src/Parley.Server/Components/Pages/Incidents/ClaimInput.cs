namespace Parley.Server.Components.Pages.Incidents;

/// <summary>Casualties as one side claims them.</summary>
public sealed class ClaimInput
{
    public string ClaimedBy { get; set; } = "";

    public int? Killed { get; set; }

    public int? Injured { get; set; }

    public string Source { get; set; } = "";

    public DateOnly? ClaimedOn { get; set; }
}
