using Parley.Ledger.Merkle;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Verification;

/// <summary>
/// Rebuilds every tile of a log from its leaf hashes, streaming: it holds one tile per level (≤ 8 KiB each) and a
/// compact range, so memory stays O(log n) whatever the log size. Each tile is handed out once it is final.
/// </summary>
internal sealed class TreeRecomputer(Action<TileId, ReadOnlyMemory<byte>> onTile)
{
    private const int H = Rfc6962.HashSize;
    private readonly List<byte[]> _levels = [];
    private readonly List<int> _counts = [];
    private readonly List<long> _indexes = [];
    private readonly CompactRange _range = new();
    private readonly byte[] _scratch = new byte[TileMath.Width * H];

    public long Size => _range.Size;

    /// <summary>Root of the leaves appended so far.</summary>
    public byte[] Root => _range.Root();

    public void Append(ReadOnlySpan<byte> leafHash)
    {
        _range.Append(leafHash);
        Push(0, leafHash);
    }

    /// <summary>Hands out the partial tiles of the final size and returns the root.</summary>
    public byte[] Finish()
    {
        for (var level = 0; level < _levels.Count; level++)
        {
            if (_counts[level] > 0)
            {
                onTile(new TileId(level, _indexes[level], _counts[level]), _levels[level].AsMemory(0, _counts[level] * H));
            }
        }
        return _range.Root();
    }

    private void Push(int level, ReadOnlySpan<byte> hash)
    {
        if (level == _levels.Count)
        {
            _levels.Add(new byte[TileMath.Width * H]);
            _counts.Add(0);
            _indexes.Add(0);
        }
        var buffer = _levels[level];
        hash.CopyTo(buffer.AsSpan(_counts[level] * H, H));
        _counts[level]++;
        if (_counts[level] < TileMath.Width)
        {
            return;
        }
        onTile(new TileId(level, _indexes[level], TileMath.Width), buffer);
        Span<byte> root = stackalloc byte[H];
        TileAppender.PerfectRoot(buffer, _scratch, root);
        _counts[level] = 0;
        _indexes[level]++;
        Push(level + 1, root);
    }
}
