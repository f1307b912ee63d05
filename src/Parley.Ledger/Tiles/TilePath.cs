using System.Globalization;
using System.Text;

namespace Parley.Ledger.Tiles;

/// <summary>
/// Tile paths of C2SP tlog-tiles: <c>tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c> and <c>tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c>,
/// with N in zero-padded 3-digit elements, all but the last prefixed by <c>x</c> (1234067 → <c>x001/x234/067</c>).
/// </summary>
public static class TilePath
{
    /// <summary>Formats the path of <paramref name="tile"/> relative to the log prefix.</summary>
    public static string Format(TileId tile)
    {
        var builder = new StringBuilder("tile/");
        builder.Append(tile.IsEntries ? "entries" : tile.Level.ToString(CultureInfo.InvariantCulture)).Append('/');
        AppendIndex(builder, tile.Index);
        if (!tile.IsFull)
        {
            builder.Append(".p/").Append(tile.Width.ToString(CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>Formats N as path elements, e.g. 1234067 → <c>x001/x234/067</c>.</summary>
    public static string FormatIndex(long index) => AppendIndex(new StringBuilder(), index).ToString();

    private static StringBuilder AppendIndex(StringBuilder builder, long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var digits = index.ToString(CultureInfo.InvariantCulture);
        var padded = digits.PadLeft((digits.Length + 2) / 3 * 3, '0');
        for (var i = 0; i < padded.Length; i += 3)
        {
            if (i > 0)
            {
                builder.Append('/');
            }
            if (i + 3 < padded.Length)
            {
                builder.Append('x');
            }
            builder.Append(padded, i, 3);
        }
        return builder;
    }

    /// <summary>Parses a path relative to the log prefix; throws <see cref="LedgerFormatException"/> naming what is wrong.</summary>
    public static TileId Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('/');
        if (parts.Length < 3 || parts[0] != "tile")
        {
            throw new LedgerFormatException($"tile path '{path}': expected tile/<L>/<N>[.p/<W>]");
        }
        var width = TileMath.Width;
        var end = parts.Length;
        if (parts.Length >= 4 && parts[^2].EndsWith(".p", StringComparison.Ordinal))
        {
            width = ParseSmall(parts[^1], path, "width", 1, TileMath.Width - 1);
            parts[^2] = parts[^2][..^2];
            end--;
        }
        var level = parts[1] == "entries" ? TileId.EntriesLevel : ParseSmall(parts[1], path, "level", 0, 63);
        long index = 0;
        for (var i = 2; i < end; i++)
        {
            var element = parts[i];
            var last = i == end - 1;
            var expected = last ? 3 : 4;
            if (element.Length != expected || (!last && element[0] != 'x'))
            {
                throw new LedgerFormatException($"tile path '{path}': index element '{element}' must be {(last ? "3 digits" : "'x' and 3 digits")}");
            }
            var digits = last ? element : element[1..];
            if (!digits.All(char.IsAsciiDigit))
            {
                throw new LedgerFormatException($"tile path '{path}': index element '{element}' is not decimal");
            }
            if (index > (long.MaxValue - 999) / 1000)
            {
                throw new LedgerFormatException($"tile path '{path}': index is too large");
            }
            index = (index * 1000) + int.Parse(digits, CultureInfo.InvariantCulture);
        }
        if (end - 2 > 1 && parts[2] == "x000")
        {
            throw new LedgerFormatException($"tile path '{path}': index has a leading zero element");
        }
        return new TileId(level, index, width);
    }

    private static int ParseSmall(string text, string path, string field, int min, int max)
    {
        var valid = text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit) && (text.Length == 1 || text[0] != '0');
        var value = valid ? int.Parse(text, CultureInfo.InvariantCulture) : -1;
        if (value < min || value > max)
        {
            throw new LedgerFormatException($"tile path '{path}': {field} '{text}' must be a decimal from {min} to {max} without leading zeros");
        }
        return value;
    }
}
