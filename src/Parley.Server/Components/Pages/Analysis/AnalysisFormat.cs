using System.Globalization;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>Numbers on the analysis page: utilities in the reader's culture, slider values culture-invariant.</summary>
internal static class AnalysisFormat
{
    public static string Utility(double value) => value.ToString("0.000", CultureInfo.CurrentCulture);

    // Concessions are small; four places show the 0.0115 of the illustrative instance as it is.
    public static string Reduction(double value) => value.ToString("0.0000", CultureInfo.CurrentCulture);

    public static string Share(double value) => value.ToString("0%", CultureInfo.CurrentCulture);

    public static string Weight(double value) => value.ToString("0.#", CultureInfo.CurrentCulture);

    public static string Milliseconds(double value) => value.ToString(value < 10 ? "0.00" : "0", CultureInfo.CurrentCulture);

    public static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    // A range input always reports its value with a dot, whatever the page's language.
    public static bool TryParse(object? raw, out double value) =>
        double.TryParse(raw as string, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
