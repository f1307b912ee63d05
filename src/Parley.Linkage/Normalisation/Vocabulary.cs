namespace Parley.Linkage.Normalisation;

/// <summary>
/// Every distinct name string of both lists, normalised once: romanised form (interned, so equality
/// is an integer compare), consonant-skeleton hash, equivalence groups, blocking keys. Records refer
/// to names by token id, so the comparison loop touches only arrays of numbers and one char pool.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _raw = [];

    public int Count => _raw.Count;

    /// <summary>Interned romanised form of each token.</summary>
    public int[] Romanised { get; private set; } = [];

    public ulong[] Skeleton { get; private set; } = [];

    /// <summary>Given-name equivalence group, or -1.</summary>
    public int[] GivenGroup { get; private set; } = [];

    /// <summary>Patronymic equivalence group, or -1.</summary>
    public int[] PatronymicGroup { get; private set; } = [];

    /// <summary>Blocking key of a name: its given-name group when it has one, else its skeleton.</summary>
    public ulong[] Key { get; private set; } = [];

    /// <summary>Looser blocking key: the first three consonant classes (robust to a typo later in the name).</summary>
    public ulong[] Prefix { get; private set; } = [];

    /// <summary>Romanised forms laid end to end; <see cref="Start"/>[r]..<see cref="Start"/>[r+1] is form r.</summary>
    public char[] Pool { get; private set; } = [];

    public int[] Start { get; private set; } = [];

    public string[] RomanisedText { get; private set; } = [];

    /// <summary>Id of a name string; -1 for an empty one. Not thread-safe: called while preparing lists.</summary>
    public int Add(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return -1;
        }

        if (!_ids.TryGetValue(name, out var id))
        {
            id = _raw.Count;
            _ids.Add(name, id);
            _raw.Add(name);
        }

        return id;
    }

    public ReadOnlySpan<char> Text(int token)
    {
        var r = Romanised[token];
        return Pool.AsSpan(Start[r], Start[r + 1] - Start[r]);
    }

    /// <summary>Normalises all tokens added so far, in parallel.</summary>
    public void Build(NameEquivalents equivalents, ParallelOptions parallel)
    {
        var n = _raw.Count;
        var romanised = new string[n];
        var skeletonText = new string[n];
        Skeleton = new ulong[n];
        GivenGroup = new int[n];
        PatronymicGroup = new int[n];
        Key = new ulong[n];
        Prefix = new ulong[n];
        Parallel.For(0, n, parallel, i =>
        {
            var rom = NameNormaliser.Romanise(_raw[i]);
            var skel = NameNormaliser.Skeleton(rom);
            romanised[i] = rom;
            skeletonText[i] = skel;
            Skeleton[i] = skel.Length == 0 ? Hashing.Of(rom) : Hashing.Of(skel);
            GivenGroup[i] = equivalents.Find(NameKind.Given, rom, skel);
            PatronymicGroup[i] = equivalents.Find(NameKind.Patronymic, rom, skel);
            Key[i] = GivenGroup[i] >= 0 ? Hashing.Mix(0x6701, (ulong)GivenGroup[i]) : Skeleton[i];
            Prefix[i] = Hashing.Of(skel.Length > 3 ? skel[..3] : skel);
        });

        var interned = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        Romanised = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (!interned.TryGetValue(romanised[i], out var r))
            {
                r = texts.Count;
                interned.Add(romanised[i], r);
                texts.Add(romanised[i]);
            }

            Romanised[i] = r;
        }

        RomanisedText = [.. texts];
        Start = new int[texts.Count + 1];
        for (var r = 0; r < texts.Count; r++)
        {
            Start[r + 1] = Start[r] + texts[r].Length;
        }

        Pool = new char[Start[^1]];
        for (var r = 0; r < texts.Count; r++)
        {
            texts[r].CopyTo(Pool.AsSpan(Start[r]));
        }
    }
}
