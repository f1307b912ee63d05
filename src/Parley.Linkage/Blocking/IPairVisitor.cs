namespace Parley.Linkage.Blocking;

/// <summary>What to do with each candidate pair; a struct implementation lets the JIT inline it into the block loop.</summary>
internal interface IPairVisitor
{
    void Visit(int left, int right);
}
