using System.Diagnostics;
using Parley.Analysis;
using Parley.Analysis.Reference;

namespace Parley.Analysis.Bench;

internal static class Program
{
    private static void Main(string[] args)
    {
        foreach (var (p, i, o) in new[] { (2, 20, 5), (4, 12, 6), (4, 12, 6), (4, 10, 6) })
        {
            var inst = RandomInstance.Create(1, p, i, o);
            var sw = Stopwatch.StartNew();
            var a = NegotiationAnalysis.Create(inst);
            var t1 = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"{p}x{i}x{o}: frontier {a.Frontier.Count} in {t1:F1} ms; nodes {string.Join(",", a.Frontier.Chain.Levels.Select(l => l.Count))}");
            for (var k = 0; k < 3; k++)
            {
                sw.Restart();
                a = a.WithValue(0, a.Frontier.Chain.Order[^1], 0, 0.5 + k * 0.1);
                Console.WriteLine($"  edit last {sw.Elapsed.TotalMilliseconds:F1} ms {a.Frontier.Count}");
            }
        }
        Console.WriteLine(Environment.ProcessorCount);
    }
}
