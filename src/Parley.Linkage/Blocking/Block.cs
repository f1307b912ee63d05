namespace Parley.Linkage.Blocking;

/// <summary>A run of left and right records sharing one value of blocking key <see cref="Key"/>, as ranges of the sorted index arrays.</summary>
internal readonly record struct Block(int Key, int LeftStart, int LeftEnd, int RightStart, int RightEnd)
{
    public long Pairs => (long)(LeftEnd - LeftStart) * (RightEnd - RightStart);
}
