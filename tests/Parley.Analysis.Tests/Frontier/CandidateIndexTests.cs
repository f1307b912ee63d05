using Parley.Analysis.Frontier;

namespace Parley.Analysis.Tests.Frontier;

/// <summary>
/// The index against a linear scan: for every point (and for shifted copies), a beater is found exactly when one
/// exists, and what it returns does beat. Coordinates on a coarse grid, some nudged by less than ε, so that equal and
/// ε-equal points abound; four parties take the 256-bit path, three and five the scalar one.
/// </summary>
public sealed class CandidateIndexTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void FindBeater_random_points_agrees_with_linear_scan(int parties)
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            var count = random.Next(1, 3000);
            var points = Points(random, count, parties);
            var ids = Enumerable.Range(0, count).ToArray();
            var original = (double[])points.Clone();
            using var index = new CandidateIndex(points, ids, count, parties);
            for (var i = 0; i < count; i++)
            {
                var c = original[(i * parties)..((i + 1) * parties)];
                var found = index.FindBeater(c, i);
                var expected = Enumerable.Range(0, count).Any(y => Beats(original.AsSpan(y * parties, parties), y, c, i));
                Assert.Equal(expected, found >= 0);
                Assert.True(found < 0 || Beats(index.Point(found), index.Id(found), c, i));
            }
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void FindShiftedBeater_random_shifts_agree_with_linear_scan(int parties)
    {
        const int stride = 3;
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed + 1000);
            var count = random.Next(1, 1500);
            var original = Points(random, count, parties);
            var index = new CandidateIndex((double[])original.Clone(), [.. Enumerable.Range(0, count)], count, parties, pooled: false);
            var shift = Points(random, 1, parties);
            var copy = random.Next(stride);
            var queries = Points(random, 400, parties);
            for (var q = 0; q < 400; q++)
            {
                var c = queries[(q * parties)..((q + 1) * parties)];
                var id = random.Next(count * stride);
                var found = index.FindShiftedBeater(c, id, shift, stride, copy);
                var expected = Enumerable.Range(0, count).Any(y => Beats(Shifted(original, y, shift), (y * stride) + copy, c, id));
                Assert.Equal(expected, found >= 0);
                Assert.True(found < 0 || Beats(Shifted(original, index.Id(found), shift), (index.Id(found) * stride) + copy, c, id));
            }
        }
    }

    private static double[] Points(Random random, int count, int parties)
    {
        var points = new double[count * parties];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = (random.Next(5) / 4.0) + (random.Next(4) == 0 ? (random.NextDouble() - 0.5) * 1.5e-9 : 0);
        }

        return points;
    }

    private static double[] Shifted(double[] points, int y, double[] shift) =>
        [.. shift.Select((s, p) => points[(y * shift.Length) + p] + s)];

    private static bool Beats(ReadOnlySpan<double> y, int yId, ReadOnlySpan<double> c, int cId) =>
        Tolerance.Dominates(y, c) || (Tolerance.Equal(y, c) && yId < cId);
}
