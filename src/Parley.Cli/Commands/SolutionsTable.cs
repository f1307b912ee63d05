using System.Globalization;
using Parley.Analysis;
using Parley.Analysis.Solutions;
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

namespace Parley.Cli.Commands;

/// <summary>
/// The human-readable form of <c>parley analyse solutions</c>: one column per solution, one row per issue (the option
/// by name) and per party (its utility), then the zone of agreement or the concession needed.
/// </summary>
internal static class SolutionsTable
{
    public static void Write(NegotiationAnalysis analysis)
    {
        var instance = analysis.Instance;
        var result = analysis.Result;
        var columns = new List<(string Name, Package? Package)>
        {
            ("Nash", result.Nash),
            ("Kalai–Smorodinsky", result.KalaiSmorodinsky),
            ("egalitarian", result.Egalitarian),
            ("utilitarian", result.Utilitarian),
        };
        if (result.Concessions is { } c)
        {
            columns.Add(("smallest concession", new Package(c.Options, c.Utilities)));
        }

        var table = new Table().Title("Bargaining solutions among acceptable packages");
        table.AddColumn("");
        foreach (var (name, _) in columns)
        {
            table.AddColumn(name);
        }

        for (var i = 0; i < instance.Issues.Count; i++)
        {
            var issue = instance.Issues[i];
            table.AddRow([Markup.Escape(issue.Name), .. columns.Select(col =>
                col.Package is { } p ? Markup.Escape(issue.Options[p.Options[i]]) : "—")]);
        }

        for (var p = 0; p < instance.Parties.Count; p++)
        {
            var party = p;
            table.AddRow([$"[bold]u {Markup.Escape(instance.Parties[p].Name)}[/]", .. columns.Select(col =>
                col.Package is { } pk ? F(pk.Utilities[party]) : "—")]);
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Pareto-optimal packages: {analysis.Frontier.Count}; zone of possible agreement: {result.ZopaSize} distinct acceptable utility vectors");
        if (result.Concessions is { } concessions)
        {
            var parts = instance.Parties.Select((p, i) =>
                $"{Markup.Escape(p.Name)} by {F(concessions.Reductions[i])} (reservation {F(p.Reservation)})");
            AnsiConsole.MarkupLine($"[yellow]No package is acceptable to all.[/] Smallest reservation reductions that open one: {string.Join(", ", parts)}");
        }
    }

    private static string F(double x) => x.ToString("0.0000", CultureInfo.InvariantCulture);
}
