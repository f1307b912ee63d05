namespace Parley.Server.Components.Shared;

/// <summary>A disputed figure: what it counts and each party's own claim of it.</summary>
public sealed record DisputedFigureView(string Subject, string? Unit, IReadOnlyList<FigureClaimView> Claims);

/// <summary>One party's claim of a figure, as of a date, with the source that reported it.</summary>
public sealed record FigureClaimView(
    string PartyCode, string PartyName, decimal Value, DateOnly AsOf, string Source, string? Note);
