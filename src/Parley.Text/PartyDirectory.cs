namespace Parley.Text;

/// <summary>
/// The parties a text may name, found by ISO 3166 alpha-2 code, name or alias, ignoring case (the same
/// forms the CLI accepts).
/// </summary>
public sealed class PartyDirectory
{
    private readonly Dictionary<string, string> _codeByKey = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds the directory from each party's code and the other names it goes by.</summary>
    public PartyDirectory(IEnumerable<(string Code, IEnumerable<string> Names)> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        foreach (var (code, names) in parties)
        {
            _codeByKey[code] = code.ToUpperInvariant();
            foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
                _codeByKey.TryAdd(name.Trim(), code.ToUpperInvariant());
        }
    }

    /// <summary>The talks' parties and mediators as the demo and the tests know them.</summary>
    public static PartyDirectory Default { get; } = new([
        ("UA", ["Ukraine", "Україна", "Украина"]),
        ("RU", ["Russia", "Russian Federation", "Россия", "Росія"]),
        ("US", ["United States", "USA", "United States of America"]),
        ("TR", ["Türkiye", "Turkey", "Turkiye"]),
    ]);

    /// <summary>Every code, ordered.</summary>
    public IReadOnlyList<string> Codes => [.. _codeByKey.Values.Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The code for <paramref name="codeOrName"/>, or null when no party goes by it.</summary>
    public string? Find(ReadOnlySpan<char> codeOrName) =>
        _codeByKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(codeOrName.Trim(), out var code) ? code : null;
}
