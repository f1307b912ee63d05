using System.Text;
using System.Text.Json;
using Parley.Analysis.Solutions;

namespace Parley.Analysis.Formats;

/// <summary>
/// Writes <see cref="AnalysisResult"/> as the contract's <c>solutions --json</c> object. Numbers are written
/// round-trip and culture-invariant, with <c>.</c> as the decimal separator.
/// </summary>
public static class SolutionsJson
{
    /// <summary>The analysis result as the contract's solutions JSON.</summary>
    public static string Write(AnalysisResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WritePackage(json, "nash", result.Nash);
            WritePackage(json, "kalai_smorodinsky", result.KalaiSmorodinsky);
            WritePackage(json, "egalitarian", result.Egalitarian);
            WritePackage(json, "utilitarian", result.Utilitarian);
            json.WriteNumber("zopa_size", result.ZopaSize);
            if (result.Concessions is { } c)
            {
                json.WriteStartObject("concessions");
                WriteArray(json, "reductions", c.Reductions);
                WriteArray(json, "options", c.Options);
                WriteArray(json, "utilities", c.Utilities);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("concessions");
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WritePackage(Utf8JsonWriter json, string name, Package? package)
    {
        if (package is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        WriteArray(json, "options", package.Options);
        WriteArray(json, "utilities", package.Utilities);
        json.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteNumberValue(v);
        }

        json.WriteEndArray();
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IReadOnlyList<int> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteNumberValue(v);
        }

        json.WriteEndArray();
    }
}
