namespace Parley.Server.Components.Pages.Summits;

/// <summary>The target window as stated ("by the end of August") and as dates; empty for none.</summary>
public sealed class WindowInput
{
    public string StatedAs { get; set; } = "";

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}
