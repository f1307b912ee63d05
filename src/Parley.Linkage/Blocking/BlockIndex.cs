namespace Parley.Linkage.Blocking;

/// <summary>
/// Sorted-key join of both lists: for each key, the record indices of each side sorted by key value,
/// and the blocks where a value occurs on both sides (a sort-merge join, so memory stays linear).
/// </summary>
internal sealed class BlockIndex
{
    public BlockIndex(ulong[][] leftKeys, ulong[][] rightKeys)
    {
        LeftKeys = leftKeys;
        RightKeys = rightKeys;
        LeftOrder = new int[BlockingKeys.Count][];
        RightOrder = new int[BlockingKeys.Count][];
        var blocks = new List<Block>();
        for (var k = 0; k < BlockingKeys.Count; k++)
        {
            var (lk, lo) = Sorted(leftKeys[k]);
            var (rk, ro) = Sorted(rightKeys[k]);
            LeftOrder[k] = lo;
            RightOrder[k] = ro;
            int i = 0, j = 0;
            while (i < lk.Length && j < rk.Length)
            {
                if (lk[i] < rk[j])
                {
                    i++;
                }
                else if (lk[i] > rk[j])
                {
                    j++;
                }
                else
                {
                    var value = lk[i];
                    int i1 = i, j1 = j;
                    while (i1 < lk.Length && lk[i1] == value)
                    {
                        i1++;
                    }

                    while (j1 < rk.Length && rk[j1] == value)
                    {
                        j1++;
                    }

                    var block = new Block(k, i, i1, j, j1);
                    blocks.Add(block);
                    PairBound += block.Pairs;
                    PairBoundByKey[k] += block.Pairs;
                    (i, j) = (i1, j1);
                }
            }
        }

        // Largest blocks first, so the parallel loop does not end waiting on one big block.
        blocks.Sort((a, b) => b.Pairs.CompareTo(a.Pairs));
        Blocks = [.. blocks];
    }

    public ulong[][] LeftKeys { get; }

    public ulong[][] RightKeys { get; }

    public int[][] LeftOrder { get; }

    public int[][] RightOrder { get; }

    public Block[] Blocks { get; }

    /// <summary>Sum of block sizes: an upper bound on comparisons before de-duplication.</summary>
    public long PairBound { get; }

    /// <summary>Sum of block sizes per key.</summary>
    public long[] PairBoundByKey { get; } = new long[BlockingKeys.Count];

    /// <summary>Non-zero keys sorted, with the record index of each.</summary>
    private static (ulong[] Keys, int[] Order) Sorted(ulong[] keys)
    {
        var n = 0;
        foreach (var key in keys)
        {
            n += key != 0 ? 1 : 0;
        }

        var values = new ulong[n];
        var order = new int[n];
        n = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                values[n] = keys[i];
                order[n++] = i;
            }
        }

        Array.Sort(values, order);
        return (values, order);
    }
}
