using System.CommandLine;
using System.Diagnostics;
using Parley.Linkage;
using Spectre.Console;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;
using Lists = Parley.Lists;

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
        Command command = new("link", "Match the persons of two lists across scripts and spellings") { left, right, output, match, review };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            result.GetValue(left)!,
            result.GetValue(right)!,
            result.GetValue(output)!,
            new LinkOptions { MatchThreshold = result.GetValue(match), ReviewThreshold = result.GetValue(review) },
            cancellationToken)));
        return command;
    }

    private static int Run(FileInfo leftFile, FileInfo rightFile, FileInfo outFile, LinkOptions options, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (options.ReviewThreshold is <= 0 or >= 1 || options.MatchThreshold is <= 0 or >= 1 || options.ReviewThreshold > options.MatchThreshold)
        {
            Console.Error.WriteLine("error: thresholds must satisfy 0 < review-threshold ≤ match-threshold < 1.");
            return 1;
        }

        foreach (var file in new[] { leftFile, rightFile })
        {
            if (!file.Exists)
            {
                Console.Error.WriteLine($"error: {file.FullName}: no such file.");
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
                result = new PersonLinker(options).Link(left!, right!, progress, cancellationToken);
                link.Value = 1;
            });

        if (failure is not null)
        {
            Console.Error.Write(failure);
            return 1;
        }

        WritePairs(outFile, left!, right!, result!);
        PrintSummary(console, outFile, result!, clock.Elapsed);
        return 0;
    }

    /// <summary>Reads a list into engine records; on any contract error, describes them in <paramref name="failure"/>.</summary>
    private static List<PersonRecord>? Read(FileInfo file, ProgressTask task, ref string? failure, CancellationToken cancellationToken)
    {
        var progress = new SynchronousProgress<Lists.ListReadProgress>(p =>
            task.Value = p.TotalBytes is > 0 ? Math.Min(1, (double)p.BytesRead / p.TotalBytes.Value) : task.Value);
        using var reader = Lists.PersonListReader.Open(file.FullName, new Lists.PersonListReadOptions { Progress = progress });
        var records = new List<PersonRecord>();
        foreach (var r in reader.ReadRecords(cancellationToken))
        {
            records.Add(ToEngine(r));
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

    private static PersonRecord ToEngine(Lists.PersonRecord r)
    {
        var dob = r.DateOfBirth.Precision switch
        {
            Lists.DatePrecision.Day => PartialDate.Create(r.DateOfBirth.Year, r.DateOfBirth.Month, r.DateOfBirth.Day),
            Lists.DatePrecision.Month => PartialDate.FromYearMonth(r.DateOfBirth.Year, r.DateOfBirth.Month),
            Lists.DatePrecision.Year => PartialDate.FromYear(r.DateOfBirth.Year),
            _ => PartialDate.None,
        };
        var sex = r.Sex switch { Lists.Sex.Male => Sex.Male, Lists.Sex.Female => Sex.Female, _ => Sex.Unknown };
        var category = r.Category switch
        {
            Lists.PersonCategory.Military => PersonCategory.Military,
            Lists.PersonCategory.Civilian => PersonCategory.Civilian,
            Lists.PersonCategory.Child => PersonCategory.Child,
            _ => PersonCategory.Unknown,
        };
        return new PersonRecord(r.Id, r.FamilyName, r.GivenName, string.IsNullOrEmpty(r.Patronymic) ? null : r.Patronymic, dob, sex, category);
    }
}
