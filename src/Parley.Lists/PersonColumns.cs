namespace Parley.Lists;

/// <summary>The contract's column names and the header of one file mapped onto them.</summary>
internal sealed class PersonColumns
{
    public const int RequiredCount = 7;

    public static readonly string[] Names =
    [
        "id", "family_name", "given_name", "patronymic", "date_of_birth", "sex", "category",
        "service_number", "rank", "unit", "place_of_birth", "citizenship", "date_of_capture",
        "place_of_capture", "place_of_detention", "health", "notes",
    ];

    private static readonly Dictionary<string, Column> ByName =
        Names.Select((n, i) => (n, (Column)i)).ToDictionary(p => p.n, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    private PersonColumns(string[] header, int[] indexOf, Column?[] columnAt, string[] extraNames)
    {
        Header = header;
        IndexOf = indexOf;
        ColumnAt = columnAt;
        ExtraNames = extraNames;
    }

    /// <summary>Header names as written (trimmed); an empty name becomes <c>column_N</c>.</summary>
    public string[] Header { get; }

    /// <summary>For each <see cref="Column"/>, its field index, or -1 when absent.</summary>
    public int[] IndexOf { get; }

    /// <summary>For each field index, the contract column, or null for an extra column.</summary>
    public Column?[] ColumnAt { get; }

    public string[] ExtraNames { get; }

    /// <summary>Maps a header row; header problems (missing or repeated columns) go to <paramref name="issues"/>.</summary>
    public static PersonColumns Map(IReadOnlyList<string?> raw, long line, List<ListIssue> issues)
    {
        var header = new string[raw.Count];
        var indexOf = Enumerable.Repeat(-1, Names.Length).ToArray();
        var columnAt = new Column?[raw.Count];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var extras = new List<string>();
        for (var i = 0; i < raw.Count; i++)
        {
            var name = (raw[i] ?? "").Trim().TrimStart('\uFEFF');
            header[i] = name.Length == 0 ? $"column_{i + 1}" : name;
            if (!seen.Add(header[i]))
            {
                issues.Add(new ListIssue(line, header[i], "the column appears more than once in the header"));
                continue;
            }

            if (ByName.TryGetValue(header[i], out var column))
            {
                indexOf[(int)column] = i;
                columnAt[i] = column;
            }
            else
            {
                extras.Add(header[i]);
            }
        }

        for (var c = 0; c < RequiredCount; c++)
        {
            if (indexOf[c] < 0)
            {
                issues.Add(new ListIssue(line, Names[c], "missing required column"));
            }
        }

        return new PersonColumns(header, indexOf, columnAt, [.. extras]);
    }
}
