namespace Parley.Ledger.Bench;

/// <summary>One line of the result table.</summary>
internal sealed record BenchRow(string Measure, string Result, string Goal, string Notes);
