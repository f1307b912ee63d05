namespace Parley.Linkage.Blocking;

/// <summary>Enumerates the distinct candidate pairs of a block (each pair only under the first key it shares).</summary>
internal static class BlockWalker
{
    public static void Walk<TVisitor>(LinkSession session, in Block block, ref TVisitor visitor)
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
                if (BlockingKeys.IsFirstShared(k, leftKeys, rightKeys, l, r, leftDob[l], rightDob[r]))
                {
                    visitor.Visit(l, r);
                }
            }
        }
    }
}
