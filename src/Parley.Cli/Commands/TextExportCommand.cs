using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Text;
using Parley.Cli.Infrastructure;
using Parley.Domain.Access;

namespace Parley.Cli.Commands;

/// <summary><c>parley text export ID [--version V] --format text|akn|docx|pdf --out FILE [--lang L]</c>.</summary>
internal static class TextExportCommand
{
    public static Command Create()
    {
        Argument<string> id = new("ID") { Description = "The text's id" };
        Option<int?> version = new("--version") { Description = "The version (default: the newest)" };
        Option<string> format = new("--format") { Description = "text, akn, docx or pdf", Required = true };
        Option<FileInfo> output = new("--out") { Description = "The file to write", Required = true };
        Option<string?> lang = new("--lang") { Description = "Language of the labels: en, uk or ru (default: the text's)" };
        var command = new Command("export", "Write a version as plain text, Akoma Ntoso, DOCX or PDF") { id, version, format, output, lang };
        CliDatabase.AddOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!Guid.TryParse(parse.GetValue(id), out var textId))
                return await TextCommand.Fail(2, $"'{parse.GetValue(id)}' is not a text id");
            if (!Enum.TryParse<TextFormat>(parse.GetValue(format), ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
                return await TextCommand.Fail(2, $"--format: '{parse.GetValue(format)}' is not one of text, akn, docx, pdf");
            await using var services = await CliDatabase.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var viewer = new Viewer(ParleyRole.Mediator, null, "cli", $"{Environment.UserName} (parley text)");
            var outcome = await scope.ServiceProvider.GetRequiredService<ExportText>().RunAsync(viewer, textId, parse.GetValue(version), chosen, parse.GetValue(lang), cancellationToken);
            if (outcome.Refusal is { } refusal)
                return await TextCommand.Report(refusal, null);
            var file = parse.GetValue(output)!;
            await File.WriteAllBytesAsync(file.FullName, outcome.Value, cancellationToken);
            Console.WriteLine($"wrote {file.FullName} ({outcome.Value.Length:N0} bytes)");
            return 0;
        });
        return command;
    }
}
