namespace Parley.Lists;

/// <summary>
/// CSV/XLSX injection ("formula injection", OWASP): a cell that starts with <c>= + - @</c>, a tab or a
/// carriage return may be run as a formula by a spreadsheet. Such values are kept as text on import
/// and exported with a leading apostrophe, as OWASP recommends. The full-width forms count too,
/// since some spreadsheet locales fold them to ASCII.
/// </summary>
public static class FormulaGuard
{
    /// <summary>Whether a spreadsheet could take <paramref name="value"/> for a formula.</summary>
    public static bool LooksLikeFormula(ReadOnlySpan<char> value) =>
        value.Length > 0
        && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20'
        && !(value.Length == 1 && value[0] == '-');

    /// <summary>The value as it is safe to export: with a leading <c>'</c> when it looks like a formula.</summary>
    public static string Neutralise(string value) => LooksLikeFormula(value) ? "'" + value : value;
}
