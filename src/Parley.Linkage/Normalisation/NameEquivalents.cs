using System.Reflection;

namespace Parley.Linkage.Normalisation;

/// <summary>
/// The curated table of Ukrainian↔Russian equivalents (Data/name-equivalents.tsv). Lookups go by the
/// romanised form first, then by the consonant skeleton (with a final vowel, which keeps Іван and Іванна apart)
/// when that belongs to one group only, so unlisted romanisations (Oleksander, Alexander) still find their group.
/// </summary>
internal sealed class NameEquivalents
{
    private const int Ambiguous = -2;

    private readonly Dictionary<string, int>[] _byRomanised = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly Dictionary<string, int>[] _bySkeleton = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    private NameEquivalents(IEnumerable<string> lines)
    {
        var groups = 0;
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                continue;
            }

            var kind = fields[0] == "patronymic" ? NameKind.Patronymic : NameKind.Given;
            var byRomanised = _byRomanised[(int)kind];
            var variants = fields[2].Split('|').Select(NameNormaliser.Romanise).ToArray();
            // A variant already listed joins this line to its group, so repeated or overlapping lines merge.
            var group = variants.Select(v => byRomanised.GetValueOrDefault(v, -1)).FirstOrDefault(g => g >= 0, -1);
            if (group < 0)
            {
                group = groups++;
            }

            foreach (var v in variants)
            {
                byRomanised[v] = group;
                var skeleton = SkeletonKey(v, NameNormaliser.Skeleton(v));
                var bySkeleton = _bySkeleton[(int)kind];
                bySkeleton[skeleton] = bySkeleton.TryGetValue(skeleton, out var existing) && existing != group ? Ambiguous : group;
            }
        }

        GroupCount = groups;
    }

    public static NameEquivalents Default { get; } = Load();

    public int GroupCount { get; }

    /// <summary>The group of a romanised name, or -1.</summary>
    public int Find(NameKind kind, string romanised, string skeleton)
    {
        if (_byRomanised[(int)kind].TryGetValue(romanised, out var g))
        {
            return g;
        }

        return skeleton.Length >= 2 && _bySkeleton[(int)kind].TryGetValue(SkeletonKey(romanised, skeleton), out g) && g >= 0 ? g : -1;
    }

    // The final vowel keeps masculine and feminine forms apart (Олександр/Олександра, Іван/Іванна).
    private static string SkeletonKey(string romanised, string skeleton) =>
        romanised.Length > 0 && NameNormaliser.IsVowel(romanised[^1]) ? skeleton + "/" + romanised[^1] : skeleton;

    private static NameEquivalents Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Parley.Linkage.name-equivalents.tsv")
            ?? throw new InvalidOperationException("The name-equivalents table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return new NameEquivalents(lines);
    }
}
