namespace Parley.Server.Components.Pages.Rounds;

/// <summary>One party's delegation in the round form.</summary>
public sealed class SeatInput
{
    public string Party { get; set; } = "";

    public Guid? Head { get; set; }

    public Guid[] Members { get; set; } = [];

    public string? Note { get; set; }
}
