using Parley.Analysis.Formats;
using Parley.Analysis.Model;

namespace Parley.Analysis;

/// <summary>Instances shipped with the engine for demonstrations.</summary>
public static class Examples
{
    /// <summary>
    /// The ILLUSTRATIVE instance of the Istanbul talks of 2025 (Ukraine, Russia; NATO, military size, territory,
    /// ceasefire, prisoners, children, sanctions), in the contract's JSON. Its issues follow the reported positions;
    /// its weights, values and reservations are invented and must be shown as illustrative.
    /// </summary>
    public static string Istanbul2025Json { get; } = Load("istanbul-2025.json");

    /// <inheritdoc cref="Istanbul2025Json"/>
    public static NegotiationInstance Istanbul2025() => ContractJson.Read(Istanbul2025Json);

    private static string Load(string name)
    {
        using var stream = typeof(Examples).Assembly.GetManifestResourceStream($"Parley.Analysis.Resources.{name}")
            ?? throw new InvalidOperationException($"resource {name} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
