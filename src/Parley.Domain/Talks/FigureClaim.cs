namespace Parley.Domain.Talks;

/// <summary>One party's figure for a disputed quantity, as of a date, with who said it and where it was reported.</summary>
public sealed record FigureClaim(string Party, long Value, DateOnly AsOf, string Source, string? ClaimedBy = null, string? Note = null);
