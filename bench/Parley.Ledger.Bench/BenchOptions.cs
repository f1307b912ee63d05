using System.Globalization;

namespace Parley.Ledger.Bench;

/// <summary>Command line of the harness: <c>--size 1000000 --batch 1000 --appends 200000 --cache 4096 --seconds 5</c>.</summary>
internal sealed record BenchOptions(long Size, int Batch, int Appends, int Cache, double Seconds, string Directory)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }
        return new BenchOptions(
            long.Parse(Value("--size", "1000000"), CultureInfo.InvariantCulture),
            int.Parse(Value("--batch", "1000"), CultureInfo.InvariantCulture),
            int.Parse(Value("--appends", "200000"), CultureInfo.InvariantCulture),
            int.Parse(Value("--cache", "4096"), CultureInfo.InvariantCulture),
            double.Parse(Value("--seconds", "5"), CultureInfo.InvariantCulture),
            Value("--dir", Path.Combine(Path.GetTempPath(), "parley-ledger-bench")));
    }
}
