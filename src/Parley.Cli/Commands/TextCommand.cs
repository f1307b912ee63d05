using System.CommandLine;
using System.Globalization;
using Parley.Application.Outcomes;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Text;
using Parley.Cli.Infrastructure;
using Parley.Domain.Access;
using Parley.Text.Format;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley text import|show|diff|export</c>: the negotiating text, as <c>contracts/negotiating-text.md</c>
/// specifies. Exit codes: 0 done, 2 refused input (nothing stored), 1 not found, forbidden or a conflict.
/// </summary>
internal static class TextCommand
{
    // Whoever can open the data directory is the host's operator, who keeps the text as the chair.
    private static Viewer Operator => new(ParleyRole.Mediator, null, "cli", $"{Environment.UserName} (parley text)");

    public static Command Create()
    {
        var command = new Command("text", "The single negotiating text: import, show, compare and export its versions");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Diff());
        command.Subcommands.Add(TextExportCommand.Create());
        return command;
    }

    private static Command Import()
    {
        Argument<FileInfo> file = new("FILE") { Description = "The text: the plain-text form (UTF-8) or a DOCX with brackets" };
        Option<string?> title = new("--title") { Description = "Title (default: the file's)" };
        Option<int?> round = new("--round") { Description = "The round this version is tabled at" };
        Option<string?> lang = new("--lang") { Description = "Language of the text: en, uk or ru (default en)" };
        Option<string?> text = new("--text") { Description = "Store FILE as the next version of this text" };
        Option<string?> visibility = new("--visibility") { Description = "Who may read a new text: public, shared (default) or mediator-only" };
        var command = new Command("import", "Create a text from a file, or store a file as a text's next version") { file, title, round, lang, text, visibility };
        CliDatabase.AddOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                return await Fail(2, $"{path.FullName} does not exist");
            if (path.Length > TextSource.MaxBytes)
                return await Fail(2, $"{path.Name}: line 1, column 1: the file is {path.Length:N0} bytes; the limit is {TextSource.MaxBytes:N0}");
            Guid? id = null;
            if (parse.GetValue(text) is { } raw)
            {
                if (!Guid.TryParse(raw, out var parsed))
                    return await Fail(2, $"--text: '{raw}' is not a text id");
                id = parsed;
            }
            Visibility? seen = parse.GetValue(visibility)?.ToLowerInvariant() switch
            {
                null => null,
                "public" => Visibility.Public,
                "shared" => Visibility.Shared,
                "mediator-only" => Visibility.MediatorOnly,
                var other => (Visibility)(-1),
            };
            if (seen == (Visibility)(-1))
                return await Fail(2, "--visibility: use public, shared or mediator-only");
            await using var services = await CliDatabase.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<ImportText>().RunAsync(Operator,
                new ImportTextRequest(await File.ReadAllBytesAsync(path.FullName, cancellationToken), id, parse.GetValue(title), parse.GetValue(round), parse.GetValue(lang), seen),
                cancellationToken);
            if (outcome.Refusal is { } refusal)
                return await Report(refusal, path.Name);
            var stored = outcome.Value;
            if (id is null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"created text, version {stored.Version}, hash {stored.Hash}"));
                Console.WriteLine(stored.TextId);
            }
            else
            {
                Console.WriteLine($"stored version, hash {stored.Hash}");
                Console.WriteLine(stored.Version.ToString(CultureInfo.InvariantCulture));
            }
            return 0;
        });
        return command;
    }

    private static Command Show()
    {
        Argument<string> id = new("ID") { Description = "The text's id" };
        Option<int?> version = new("--version") { Description = "The version (default: the newest)" };
        Option<bool> json = new("--json") { Description = "Print the contract's JSON" };
        var command = new Command("show", "Print a version of a text") { id, version, json };
        CliDatabase.AddOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!Guid.TryParse(parse.GetValue(id), out var textId))
                return await Fail(2, $"'{parse.GetValue(id)}' is not a text id");
            await using var services = await CliDatabase.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<ReadText>().RunAsync(Operator, textId, parse.GetValue(version), cancellationToken);
            if (outcome.Refusal is { } refusal)
                return await Report(refusal, null);
            var view = outcome.Value;
            if (parse.GetValue(json))
            {
                Console.WriteLine(TextJson.Show(view.Id.ToString(), view.Version, view.Text));
                return 0;
            }
            var p = view.Progress.Overall;
            Console.Write(PlainTextWriter.Write(view.Text));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"version {view.Version} of {view.LatestVersion} · {p.Agreed} of {p.Clauses} clauses agreed, {p.Brackets} brackets open · hash {view.Hash}"));
            return 0;
        });
        return command;
    }

    private static Command Diff()
    {
        Argument<string> id = new("ID") { Description = "The text's id" };
        Argument<int> from = new("V1") { Description = "The older version" };
        Argument<int> to = new("V2") { Description = "The newer version" };
        Option<bool> json = new("--json") { Description = "Print the contract's JSON" };
        var command = new Command("diff", "Compare two versions clause by clause") { id, from, to, json };
        CliDatabase.AddOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!Guid.TryParse(parse.GetValue(id), out var textId))
                return await Fail(2, $"'{parse.GetValue(id)}' is not a text id");
            await using var services = await CliDatabase.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<CompareText>().RunAsync(Operator, textId, parse.GetValue(from), parse.GetValue(to), cancellationToken);
            if (outcome.Refusal is { } refusal)
                return await Report(refusal, null);
            var redline = outcome.Value;
            if (parse.GetValue(json))
            {
                Console.WriteLine(TextJson.Diff(redline));
                return 0;
            }
            Console.WriteLine($"changed: {string.Join(", ", redline.Changed)}");
            Console.WriteLine($"added:   {string.Join(", ", redline.Added)}");
            Console.WriteLine($"removed: {string.Join(", ", redline.Removed)}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{redline.WordsAdded} words added, {redline.WordsRemoved} removed; {redline.BracketsOpened} brackets opened, {redline.BracketsClosed} closed"));
            return 0;
        });
        return command;
    }

    internal static async Task<int> Report(Refusal refusal, string? file)
    {
        foreach (var (place, reasons) in refusal.Errors)
        {
            foreach (var reason in reasons)
                await Console.Error.WriteLineAsync($"error: {(file is null ? "" : file + ": ")}{place}: {reason}");
        }
        if (refusal.Errors.Count == 0)
            await Console.Error.WriteLineAsync($"error: {refusal.Message}");
        return refusal.Status == OutcomeStatus.Invalid ? 2 : 1;
    }

    internal static async Task<int> Fail(int code, string message)
    {
        await Console.Error.WriteLineAsync($"error: {message}");
        return code;
    }
}
