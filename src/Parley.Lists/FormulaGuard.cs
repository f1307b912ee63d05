namespace Parley.Lists;

/// <summary>
/// CSV/XLSX injection ("formula injection", OWASP): a cell that starts with <c>= + - @</c>, a tab or a
/// carriage return may be run as a formula by a spreadsheet. A list must carry values, so a value that
/// can only be a formula (<see cref="IsFormula"/>) refuses the import; one that merely looks like one
/// (a phone number <c>+380…</c>, a value <c>-5</c>) is kept and exported with a leading apostrophe, as
/// OWASP recommends. The full-width forms count too, since some spreadsheet locales fold them to ASCII.
/// </summary>
public static class FormulaGuard
{
    /// <summary>Why an import refuses a value that <see cref="IsFormula"/> matches.</summary>
    public const string FormulaReason = "looks like a spreadsheet formula (CSV injection); lists must carry values, not formulas";

    /// <summary>Why an import refuses an XLSX cell that holds a formula, whatever its cached value.</summary>
    public const string FormulaCellReason = "is a spreadsheet formula cell (CSV injection); lists must carry values, not formulas";

    /// <summary>Whether a spreadsheet could take <paramref name="value"/> for a formula (neutralised on export).</summary>
    public static bool LooksLikeFormula(ReadOnlySpan<char> value) =>
        value.Length > 0
        && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20'
        && !(value.Length == 1 && value[0] == '-');

    /// <summary>
    /// Whether <paramref name="value"/> can only be a formula: it starts with <c>=</c> or <c>@</c>, or with
    /// <c>+</c>/<c>-</c> followed by something other than a digit or a space (<c>-SUM(A1)</c>,
    /// <c>+cmd|' /C calc'!A0</c>), so <c>+380 44 …</c>, <c>-5</c> and <c>- note</c> are values.
    /// </summary>
    public static bool IsFormula(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        return value[0] switch
        {
            '=' or '@' or '\uFF1D' or '\uFF20' => true,
            '+' or '-' or '\uFF0B' or '\uFF0D' => value.Length > 1 && !char.IsAsciiDigit(value[1]) && value[1] != ' ',
            _ => false,
        };
    }

    /// <summary>The value as it is safe to export: with a leading <c>'</c> when it looks like a formula.</summary>
    public static string Neutralise(string value) => LooksLikeFormula(value) ? "'" + value : value;
}
