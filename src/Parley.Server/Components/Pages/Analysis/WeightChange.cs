namespace Parley.Server.Components.Pages.Analysis;

/// <summary>A weight slider moved: party, issue and the new (unnormalised) weight.</summary>
public sealed record WeightChange(int Party, int Issue, double Weight);
