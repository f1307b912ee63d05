using System.Text.Json;
using Parley.Linkage;
using Parley.Linkage.Model;

namespace Parley.Application.Humanitarian.Linking;

/// <summary>
/// The engine's waterfall of a pair as it is stored with the pair (JSON, one object per step), and the names of the
/// evidence it lacked as the API and pages say them.
/// </summary>
public static class LinkWaterfall
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The gaps' names in the API (<c>lacks=</c> filter and each pair's <c>lacks</c>), in flag order.</summary>
    public static readonly IReadOnlyList<(string Name, EvidenceGaps Flag)> GapNames =
    [
        ("no-date-of-birth", EvidenceGaps.NoDateOfBirth),
        ("partial-date-of-birth", EvidenceGaps.PartialDateOfBirth),
        ("no-patronymic", EvidenceGaps.NoPatronymic),
        ("namesake-nearby", EvidenceGaps.NamesakeNearby),
    ];

    public static string ToJson(PairExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return JsonSerializer.Serialize(explanation.Steps, Json);
    }

    public static IReadOnlyList<WaterfallStep> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<WaterfallStep>>(json, Json) ?? [];

    public static IReadOnlyList<string> Names(int gaps) =>
        GapNames.Where(g => (gaps & (int)g.Flag) != 0).Select(g => g.Name).ToList();

    /// <summary>The flags named in a comma-separated list; an unknown name is refused by name.</summary>
    public static (int Flags, string? Unknown) FromNames(string? names)
    {
        var flags = 0;
        foreach (var name in (names ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = GapNames.FirstOrDefault(g => g.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
                return (0, name);
            flags |= (int)match.Flag;
        }
        return (flags, null);
    }
}
