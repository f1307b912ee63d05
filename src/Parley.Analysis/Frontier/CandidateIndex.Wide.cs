using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Parley.Analysis.Frontier;

/// <summary>
/// The searches for four parties: a point or a node maximum is one <see cref="Vector256{T}"/>, so "below the query
/// minus ε somewhere" and "above it plus ε somewhere" are one comparison each. The bounds <c>c ∓ ε</c> are the same
/// lane-wise subtractions the scalar search makes, so both give the same answers. The tree is walked with an explicit
/// stack, the upper child first as in <see cref="Search"/>.
/// </summary>
internal sealed partial class CandidateIndex
{
    private const int StackSize = 3 * 64;

    private int Search4(ReadOnlySpan<double> c, int id)
    {
        var query = Vector256.Create(c);
        var epsilon = Vector256.Create(Tolerance.Epsilon);
        return Search4(query - epsilon, query + epsilon, Vector256<double>.Zero, id, shifted: false, 1, 0);
    }

    private int ShiftedSearch4(ReadOnlySpan<double> c, int id, ReadOnlySpan<double> shift, int stride, int copy)
    {
        var query = Vector256.Create(c);
        var epsilon = Vector256.Create(Tolerance.Epsilon);
        return Search4(query - epsilon, query + epsilon, Vector256.Create(shift), id, shifted: true, stride, copy);
    }

    /// <param name="shifted">When set, every point and node maximum is first translated by <paramref name="shift"/>
    /// (summed as a merge sums its candidates) and a point's id is <c>Id · stride + copy</c>.</param>
    private int Search4(Vector256<double> low, Vector256<double> high, Vector256<double> shift, int id, bool shifted, int stride, int copy)
    {
        ref var points = ref MemoryMarshal.GetArrayDataReference(_points);
        ref var maxima = ref MemoryMarshal.GetArrayDataReference(_max);
        Span<int> stack = stackalloc int[StackSize];
        var top = 0;
        int node = 0, lo = 0, hi = Count;
        while (true)
        {
            var max = Vector256.LoadUnsafe(ref maxima, (nuint)(node * 4));
            if (!Vector256.LessThanAny(shifted ? max + shift : max, low))
            {
                if (hi - lo > LeafSize)
                {
                    var mid = lo + (hi - lo) / 2;
                    stack[top] = 2 * node + 1;
                    stack[top + 1] = lo;
                    stack[top + 2] = mid;
                    top += 3;
                    node = 2 * node + 2;
                    lo = mid;
                    continue;
                }

                for (var y = lo; y < hi; y++)
                {
                    var point = Vector256.LoadUnsafe(ref points, (nuint)(y * 4));
                    if (shifted)
                    {
                        point += shift;
                    }

                    if (!Vector256.LessThanAny(point, low)
                        && (Vector256.GreaterThanAny(point, high) || (shifted ? (_ids[y] * stride) + copy : _ids[y]) < id))
                    {
                        return y;
                    }
                }
            }

            if (top == 0)
            {
                return -1;
            }

            top -= 3;
            (node, lo, hi) = (stack[top], stack[top + 1], stack[top + 2]);
        }
    }
}
