using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Parley.Cli.Infrastructure;
using Parley.Domain.Access;
using Parley.Lists;
using Spectre.Console;
using Parley.Application.Humanitarian.Import;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley import FILE --party PARTY</c>: files a person list in the registries its rows' categories
/// name, against the data directory or PostgreSQL. Whole file or nothing; errors name line and column.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        Argument<FileInfo> file = new("FILE") { Description = "The list: CSV (UTF-8 or Windows-1251, comma or semicolon) or XLSX" };
        Option<string> party = new("--party") { Description = "The filing party: code or name (UA, Ukraine…)", Required = true };
        Option<string?> heldBy = new("--held-by") { Description = "The party holding the listed persons (default: the filing party)" };
        var command = new Command("import", "File a list of detained persons or children") { file, party, heldBy };
        CliDatabase.AddOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"error: {path.FullName} does not exist");
                return 2;
            }
            await using var services = await CliDatabase.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<PersonImporter>();
            // Whoever can open the data directory files the party's list on the party's behalf, as that party's officer:
            // the host's own access to a party's persons rests on the party's signed designation (docs/security.md).
            var filing = (await scope.ServiceProvider.GetRequiredService<Parley.Application.Humanitarian.HumanitarianParties>().LoadAsync(cancellationToken))
                .Resolve(parse.GetValue(party)) ?? parse.GetValue(party);
            var operatorViewer = new Viewer(ParleyRole.Humanitarian, filing, "cli", $"{Environment.UserName} (parley import)");
            var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            ImportOutcome outcome = null!;
            await errors.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask($"Reading {path.Name}", maxValue: Math.Max(1, path.Length));
                ProgressTask? storing = null;
                // Reading is measured in bytes, storing in persons: a second bar starts with the first block stored.
                var read = new SynchronousProgress<ListReadProgress>(p => task.Value = p.BytesRead);
                var stored = new SynchronousProgress<ImportStoreProgress>(p =>
                {
                    storing ??= progress.AddTask($"Sealing and storing {p.Total:N0} persons", maxValue: Math.Max(1, p.Total));
                    storing.Value = p.Stored;
                });
                await using var stream = path.OpenRead();
                outcome = await importer.ImportAsync(operatorViewer, stream, new ImportRequest(parse.GetValue(party)!, path.Name, parse.GetValue(heldBy)), read, stored, cancellationToken);
                task.Value = task.MaxValue;
                if (outcome.Stored && storing is not null)
                    storing.Value = storing.MaxValue;
            });
            if (outcome.Stored)
            {
                Console.WriteLine($"stored {outcome.Rows} persons from {path.Name}: {outcome.Military} military, {outcome.Civilian} civilian, {outcome.Children} children");
                return 0;
            }
            if (outcome.Refusal is { } refusal)
                await Console.Error.WriteLineAsync($"error: {refusal}");
            foreach (var issue in outcome.Issues.Where(i => i.Severity == IssueSeverity.Error))
                await Console.Error.WriteLineAsync($"error: {issue}");
            if (outcome.ErrorCount > outcome.Issues.Count(i => i.Severity == IssueSeverity.Error))
                await Console.Error.WriteLineAsync($"error: {outcome.ErrorCount} errors in all");
            await Console.Error.WriteLineAsync("nothing was stored");
            return 1;
        });
        return command;
    }
}
