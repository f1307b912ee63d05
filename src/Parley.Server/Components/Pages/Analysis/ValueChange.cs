namespace Parley.Server.Components.Pages.Analysis;

/// <summary>A value slider moved: party, issue, option and the new value in [0, 1].</summary>
public sealed record ValueChange(int Party, int Issue, int Option, double Value);
