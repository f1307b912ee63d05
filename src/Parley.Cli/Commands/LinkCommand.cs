using System.CommandLine;
using System.Diagnostics;
using Parley.Domain.Humanitarian;
using Parley.Linkage;
using Parley.Linkage.Model;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley link LEFT RIGHT --out PAIRS.csv</c>: links two person lists (person-list contract) with the
/// Linkage engine and writes one-to-one matches and review pairs, sorted by descending score.
/// Progress and the summary go to stderr.
/// </summary>
internal static partial class LinkCommand
{
    public static Command Create()
    {
        Argument<FileInfo> left = new("LEFT") { Description = "The first person list (CSV or XLSX)" };
        Argument<FileInfo> right = new("RIGHT") { Description = "The second person list (CSV or XLSX)" };
        Option<FileInfo> output = new("--out", "-o") { Description = "Where to write the pairs (UTF-8 CSV)", Required = true };
        Option<double> match = new("--match-threshold")
        {
            Description = "Probability from which a one-to-one pair is a confident match",
            DefaultValueFactory = _ => LinkOptions.Default.MatchThreshold,
        };
        Option<double> review = new("--review-threshold")
        {
            Description = "Probability from which a pair is listed for review",
            DefaultValueFactory = _ => LinkOptions.Default.ReviewThreshold,
        };
        Option<FileInfo?> explain = new("--explain")
        {
            Description = "Also write each pair's match-weight waterfall (prior, each field's m, u and weight, final probability) and what its evidence lacked",
        };
        Option<FileInfo?> saveModel = new("--save-model") { Description = "Save the trained model (m, u per comparison level, λ) as JSON" };
        Option<FileInfo?> model = new("--model") { Description = "Link with a saved model instead of estimating one (λ is re-estimated)" };
        Option<FileInfo?> learn = new("--learn")
        {
            Description = "Officers' decisions (CSV left_id,right_id,same with yes/no) to learn the model from before linking",
        };
        Command command = new("link", "Match the persons of two lists across scripts and spellings")
        {
            left, right, output, match, review, explain, saveModel, model, learn,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            new Files(result.GetValue(left)!, result.GetValue(right)!, result.GetValue(output)!,
                result.GetValue(explain), result.GetValue(saveModel), result.GetValue(model), result.GetValue(learn)),
            new LinkOptions { MatchThreshold = result.GetValue(match), ReviewThreshold = result.GetValue(review) },
            cancellationToken)));
        return command;
    }

    private sealed record Files(FileInfo Left, FileInfo Right, FileInfo Out, FileInfo? Explain, FileInfo? SaveModel, FileInfo? Model, FileInfo? Learn);

    private static int Run(Files files, LinkOptions options, CancellationToken cancellationToken)
    {
        var (leftFile, rightFile, outFile) = (files.Left, files.Right, files.Out);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (options.ReviewThreshold is <= 0 or >= 1 || options.MatchThreshold is <= 0 or >= 1 || options.ReviewThreshold > options.MatchThreshold)
        {
            Console.Error.WriteLine("error: thresholds must satisfy 0 < review-threshold ≤ match-threshold < 1.");
            return 1;
        }

        foreach (var file in new[] { leftFile, rightFile, files.Model, files.Learn }.OfType<FileInfo>())
        {
            if (!file.Exists)
            {
                Console.Error.WriteLine($"error: {file.FullName}: no such file.");
                return 1;
            }
        }

        if (files.Model is not null)
        {
            try
            {
                options = options with { Model = LinkModel.FromJson(File.ReadAllText(files.Model.FullName)) };
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"error: {files.Model.Name}: {e.Message}");
                return 1;
            }
        }

        var clock = Stopwatch.StartNew();
        List<PersonRecord>? left = null, right = null;
        LinkResult? result = null;
        string? failure = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var readLeft = ctx.AddTask($"read {leftFile.Name}", maxValue: 1);
                var readRight = ctx.AddTask($"read {rightFile.Name}", maxValue: 1);
                var link = ctx.AddTask("link", maxValue: 1);
                left = Read(leftFile, readLeft, ref failure, cancellationToken);
                right = failure is null ? Read(rightFile, readRight, ref failure, cancellationToken) : null;
                if (failure is not null)
                {
                    return;
                }

                var progress = new SynchronousProgress<LinkProgress>(p =>
                {
                    link.Description = $"link: {p.Stage.ToString().ToLowerInvariant()}";
                    link.Value = p.Fraction;
                });
                if (files.Learn is not null)
                {
                    var decisions = ReadDecisions(files.Learn, left!, right!, out failure);
                    if (decisions is null)
                    {
                        return;
                    }

                    // Learning starts from the given model, or from the one the engine estimates on these lists.
                    var start = options.Model ?? new PersonLinker(options).Link(left!, right!, null, cancellationToken).Model;
                    options = options with { Model = PersonLinker.Learn(start, decisions) };
                }

                result = new PersonLinker(options).Link(left!, right!, progress, cancellationToken);
                link.Value = 1;
            });

        if (failure is not null)
        {
            Console.Error.Write(failure);
            return 1;
        }

        WritePairs(outFile, left!, right!, result!);
        if (files.Explain is not null)
        {
            WriteExplanations(files.Explain, left!, right!, result!);
        }

        if (files.SaveModel is not null)
        {
            File.WriteAllText(files.SaveModel.FullName, result!.Model.ToJson(), new System.Text.UTF8Encoding(false));
        }

        PrintSummary(console, outFile, result!, clock.Elapsed);
        return 0;
    }

    /// <summary>Reads a list (the records the reader yields are the engine's input as they are); on any contract error, describes them in <paramref name="failure"/>.</summary>
    private static List<PersonRecord>? Read(FileInfo file, ProgressTask task, ref string? failure, CancellationToken cancellationToken)
    {
        var progress = new SynchronousProgress<Lists.ListReadProgress>(p =>
            task.Value = p.TotalBytes is > 0 ? Math.Min(1, (double)p.BytesRead / p.TotalBytes.Value) : task.Value);
        using var reader = Lists.PersonListReader.Open(file.FullName, new Lists.PersonListReadOptions { Progress = progress });
        var records = new List<PersonRecord>();
        foreach (var r in reader.ReadRecords(cancellationToken))
        {
            records.Add(r);
        }

        task.Value = 1;
        if (reader.ErrorCount == 0)
        {
            return records;
        }

        var errors = reader.Issues.Where(i => i.Severity == Lists.IssueSeverity.Error).Take(20).Select(i => $"error: {file.Name}: {i}");
        failure = string.Join(Environment.NewLine, errors) + Environment.NewLine
            + $"{file.Name}: {reader.ErrorCount} error(s); nothing was linked." + Environment.NewLine;
        return null;
    }
}
