namespace Parley.Linkage.Blocking;

/// <summary>Enumerates the distinct candidate pairs of a block (each pair only under the first key it shares).</summary>
internal static class BlockWalker
{
    public static void Walk<TVisitor>(LinkSession session, in Block block, ref TVisitor visitor)
        where TVisitor : struct, IPairVisitor => Walk(session, block, ref visitor, distinct: true);

    /// <summary>
    /// With <paramref name="distinct"/> false, every pair sharing this block's key value is visited,
    /// even one compared under an earlier key and whatever the birth years: estimation per blocking
    /// rule needs the rule's whole population, or the rule's own filter biases the m of what it filters.
    /// </summary>
    public static void Walk<TVisitor>(LinkSession session, in Block block, ref TVisitor visitor, bool distinct)
        where TVisitor : struct, IPairVisitor
    {
        var index = session.Index;
        var k = block.Key;
        var leftOrder = index.LeftOrder[k];
        var rightOrder = index.RightOrder[k];
        var leftKeys = index.LeftKeys;
        var rightKeys = index.RightKeys;
        var leftDob = session.Left.Dob;
        var rightDob = session.Right.Dob;
        for (var i = block.LeftStart; i < block.LeftEnd; i++)
        {
            var l = leftOrder[i];
            for (var j = block.RightStart; j < block.RightEnd; j++)
            {
                var r = rightOrder[j];
                if (distinct
                    ? BlockingKeys.IsFirstShared(k, leftKeys, rightKeys, l, r, leftDob[l], rightDob[r])
                    : true)
                {
                    visitor.Visit(l, r);
                }
            }
        }
    }
}
