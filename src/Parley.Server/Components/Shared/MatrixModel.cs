using Parley.Domain.Talks;

namespace Parley.Server.Components.Shared;

/// <summary>A party × issue matrix: columns are parties, each row an issue with one cell per party.</summary>
public sealed record MatrixModel(IReadOnlyList<MatrixParty> Parties, IReadOnlyList<MatrixRow> Rows);

/// <summary>A column of the matrix.</summary>
public sealed record MatrixParty(string Code, string Name);

/// <summary>
/// One issue with the meaning of its axis' poles, a cell per party (null where the party stated nothing) and
/// how far apart the parties stand.
/// </summary>
public sealed record MatrixRow(string Issue, string MinusPole, string PlusPole, IReadOnlyList<MatrixCell?> Cells, Divergence Divergence);

/// <summary>A party's position on an issue as of a date: its words, its stance on the axis (-2…+2), and where it was stated.</summary>
public sealed record MatrixCell(string Text, int Stance, DateOnly? Since, string? Source, bool IsDraft = false);
