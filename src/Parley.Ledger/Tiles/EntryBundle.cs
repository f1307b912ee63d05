namespace Parley.Ledger.Tiles;

/// <summary>tlog-tiles entry bundles: each entry as a big-endian uint16 length followed by its bytes.</summary>
public static class EntryBundle
{
    /// <summary>Encodes entries as a bundle.</summary>
    public static byte[] Join(IEnumerable<byte[]> entries)
    {
        using var bundle = new MemoryStream();
        foreach (var entry in entries)
        {
            if (entry.Length > ushort.MaxValue)
            {
                throw new LedgerFormatException($"entry of {entry.Length} bytes does not fit a bundle (max {ushort.MaxValue})");
            }
            bundle.WriteByte((byte)(entry.Length >> 8));
            bundle.WriteByte((byte)entry.Length);
            bundle.Write(entry);
        }
        return bundle.ToArray();
    }

    /// <summary>Splits a bundle that must hold exactly <paramref name="expected"/> entries; errors name <paramref name="what"/>.</summary>
    public static IReadOnlyList<byte[]> Split(ReadOnlySpan<byte> bundle, int expected, string what)
    {
        List<byte[]> entries = new(expected);
        var offset = 0;
        while (offset < bundle.Length)
        {
            if (offset + 2 > bundle.Length)
            {
                throw new LedgerFormatException($"{what}: truncated length prefix at byte {offset}");
            }
            var length = (bundle[offset] << 8) | bundle[offset + 1];
            offset += 2;
            if (offset + length > bundle.Length)
            {
                throw new LedgerFormatException($"{what}: entry {entries.Count} claims {length} bytes but only {bundle.Length - offset} remain");
            }
            entries.Add(bundle.Slice(offset, length).ToArray());
            offset += length;
        }
        if (entries.Count != expected)
        {
            throw new LedgerFormatException($"{what}: expected {expected} entries, found {entries.Count}");
        }
        return entries;
    }
}
