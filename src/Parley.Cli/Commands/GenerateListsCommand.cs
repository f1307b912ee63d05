using System.CommandLine;
using Parley.Linkage.Synthetic;
using Parley.Lists;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley generate-lists --out-dir DIR</c>: writes a synthetic pair of person lists with known truth
/// (left.csv in UTF-8 with commas; right.csv in Windows-1251 with semicolons; truth.csv), for trying
/// <c>parley link</c> and for benchmarks.
/// </summary>
internal static class GenerateListsCommand
{
    public static Command Create()
    {
        Option<DirectoryInfo> dir = new("--out-dir") { Description = "Directory to write left.csv, right.csv and truth.csv into", Required = true };
        Option<int> leftCount = new("--left") { Description = "Persons on the left list", DefaultValueFactory = _ => 10_000 };
        Option<int> rightCount = new("--right") { Description = "Persons on the right list", DefaultValueFactory = _ => 10_000 };
        Option<double> overlap = new("--overlap") { Description = "Share of the smaller list present on both", DefaultValueFactory = _ => 0.6 };
        Option<int> seed = new("--seed") { Description = "Random seed (same seed, same lists)", DefaultValueFactory = _ => 1 };
        Command command = new("generate-lists", "Write a synthetic pair of cross-script person lists with known true pairs")
        {
            dir, leftCount, rightCount, overlap, seed,
        };
        command.SetAction(result =>
        {
            var options = new SyntheticOptions
            {
                LeftCount = result.GetValue(leftCount),
                RightCount = result.GetValue(rightCount),
                Overlap = result.GetValue(overlap),
                Seed = result.GetValue(seed),
            };
            if (options.LeftCount < 0 || options.RightCount < 0 || options.Overlap is < 0 or > 1)
            {
                Console.Error.WriteLine("error: counts must be ≥ 0 and --overlap within [0, 1].");
                return 1;
            }

            var target = result.GetValue(dir)!;
            target.Create();
            var lists = SyntheticListGenerator.Generate(options);
            PersonListWriter.Write(Path.Combine(target.FullName, "left.csv"), lists.Left, PersonListFileFormat.Default);
            PersonListWriter.Write(Path.Combine(target.FullName, "right.csv"), lists.Right, PersonListFileFormat.Windows);
            TruthFile.Write(Path.Combine(target.FullName, "truth.csv"), lists.Truth);
            Console.Error.WriteLine($"wrote {lists.Left.Count} + {lists.Right.Count} persons and {lists.Truth.Count} true pairs to {target.FullName}");
            return 0;
        });
        return command;
    }
}
