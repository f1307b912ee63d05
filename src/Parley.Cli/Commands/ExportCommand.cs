using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Parley.Cli.Export;
using Parley.Cli.Infrastructure;
using Parley.Domain.Access;
using Parley.Application.Talks;

namespace Parley.Cli.Commands;

/// <summary><c>parley export --format json|csv --out DIR</c>: the record as the chosen scope sees it.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        Option<string> format = new("--format") { Description = "json (one parley-record.json) or csv (one file per kind)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        Option<DirectoryInfo> output = new("--out") { Description = "Directory to write into (created if missing)", Required = true };
        Option<ExportScope> scope = new("--scope") { Description = "public (default) or mediator; parties' drafts are never exported", DefaultValueFactory = _ => ExportScope.Public };
        var command = new Command("export", "Export the talks record as JSON or CSV") { format, output, scope };
        CliDatabase.AddOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await CliDatabase.OpenAsync(parse, cancellationToken);
            await using var serviceScope = services.CreateAsyncScope();
            var reader = serviceScope.ServiceProvider.GetRequiredService<ITalksReader>();
            var chosen = parse.GetValue(scope);
            var viewer = chosen == ExportScope.Mediator ? new Viewer(ParleyRole.Mediator, Name: "parley export") : Viewer.Anonymous;
            var records = await new RecordExport(reader, viewer).ReadAllAsync(cancellationToken);
            var directory = parse.GetValue(output)!;
            directory.Create();
            IReadOnlyList<string> written = parse.GetValue(format) == "csv"
                ? await RecordExport.WriteCsvAsync(directory.FullName, records, cancellationToken)
                : [await RecordExport.WriteJsonAsync(directory.FullName, records, chosen.ToString().ToLowerInvariant(), cancellationToken)];
            foreach (var path in written)
            {
                Console.WriteLine(path);
            }
            await Console.Error.WriteLineAsync($"exported {records.Values.Sum(r => r.Count)} records ({chosen.ToString().ToLowerInvariant()} scope)");
            return 0;
        });
        return command;
    }
}
