using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Parley.Analysis;
using Parley.Analysis.Formats;
using Parley.Analysis.Model;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley analyse frontier|solutions INSTANCE...</c> per the contract <c>analysis-instance.md</c>. INSTANCE is the
/// contract's JSON, or a GENIUS domain XML followed by its profiles, or GeniusWeb profile JSON files.
/// </summary>
internal static class AnalyseCommand
{
    public static Command Create()
    {
        var command = new Command("analyse", "Negotiation analysis: exact Pareto frontier, bargaining solutions, zone of agreement, concessions");
        command.Subcommands.Add(Frontier());
        command.Subcommands.Add(Solutions());
        return command;
    }

    private static Argument<FileInfo[]> Inputs() => new("INSTANCE")
    {
        Description = "The instance JSON; or a GENIUS domain XML and one profile XML per party; or GeniusWeb profile JSON files",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Command Frontier()
    {
        var inputs = Inputs();
        var output = new Option<FileInfo?>("--out") { Description = "CSV file to write (default: standard output)" };
        var command = new Command("frontier", "Write every Pareto-optimal package as CSV: o_<issue>... option indices, u_<party>... utilities")
        {
            inputs,
            output,
        };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, analysis =>
        {
            var file = parse.GetValue(output);
            if (file is null)
            {
                WriteFrontier(analysis, Console.Out);
                return;
            }

            using (var writer = new StreamWriter(file.FullName))
            {
                WriteFrontier(analysis, writer);
            }

            Console.Error.WriteLine($"{analysis.Frontier.Count} Pareto-optimal packages written to {file.FullName}");
        }));
        return command;
    }

    private static Command Solutions()
    {
        var inputs = Inputs();
        var json = new Option<bool>("--json") { Description = "Write the contract's JSON object instead of a table" };
        var command = new Command("solutions", "Nash, Kalai–Smorodinsky, egalitarian and utilitarian packages, ZOPA size and concessions")
        {
            inputs,
            json,
        };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, analysis =>
        {
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(SolutionsJson.Write(analysis.Result));
            }
            else
            {
                SolutionsTable.Write(analysis);
            }
        }));
        return command;
    }

    private static int Run(FileInfo[] files, Action<NegotiationAnalysis> write)
    {
        try
        {
            var inputs = files.Select(f => InputFile.FromBytes(f.Name, File.ReadAllBytes(f.FullName))).ToArray();
            write(NegotiationAnalysis.Create(InstanceReader.Read(inputs)));
            return 0;
        }
        catch (InvalidInstanceException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static void WriteFrontier(NegotiationAnalysis analysis, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true);
        foreach (var issue in analysis.Instance.Issues)
        {
            csv.WriteField($"o_{issue.Name}");
        }

        foreach (var party in analysis.Instance.Parties)
        {
            csv.WriteField($"u_{party.Name}");
        }

        csv.EndRecord();
        var frontier = analysis.Frontier;
        for (var x = 0; x < frontier.Count; x++)
        {
            foreach (var option in frontier.Options(x))
            {
                csv.WriteField(option.ToString(CultureInfo.InvariantCulture));
            }

            foreach (var u in frontier.Utilities(x))
            {
                csv.WriteField(u.ToString("R", CultureInfo.InvariantCulture));
            }

            csv.EndRecord();
        }
    }
}
