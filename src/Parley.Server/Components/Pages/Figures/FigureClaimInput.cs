namespace Parley.Server.Components.Pages.Figures;

/// <summary>One party's claim of the figure.</summary>
public sealed class FigureClaimInput
{
    public string Party { get; set; } = "";

    public long Value { get; set; }

    public DateOnly? AsOf { get; set; }

    public string Source { get; set; } = "";

    public string? ClaimedBy { get; set; }

    public string? Note { get; set; }
}
