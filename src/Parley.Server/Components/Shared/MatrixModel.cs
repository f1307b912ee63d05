namespace Parley.Server.Components.Shared;

/// <summary>A party × issue matrix: columns are parties, each row an issue with one cell per party.</summary>
public sealed record MatrixModel(IReadOnlyList<MatrixParty> Parties, IReadOnlyList<MatrixRow> Rows);

/// <summary>A column of the matrix.</summary>
public sealed record MatrixParty(string Code, string Name);

/// <summary>One issue: a cell per party (null where the party stated nothing) and how they align.</summary>
public sealed record MatrixRow(string Issue, IReadOnlyList<MatrixCell?> Cells, Alignment Alignment);

/// <summary>A party's position on an issue as of a date, with where it was stated.</summary>
public sealed record MatrixCell(string Text, DateOnly? Since, string? Source, bool IsDraft = false, string? Href = null);
