using System.CommandLine;
using Parley.Cli.Commands;

namespace Parley.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        // Each verb lives in Commands/<Verb>Command.cs and adds itself here.
        RootCommand root = new("parley: the command-line tool of the Parley talks workspace");
        root.Subcommands.Add(AnalyseCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(LogCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(CosignCommand.Create());
        root.Subcommands.Add(WitnessCommand.Create());
        root.Subcommands.Add(SignCommand.Create());
        root.Subcommands.Add(LinkCommand.Create());
        root.Subcommands.Add(GenerateListsCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(TextCommand.Create());
        return root.Parse(args).InvokeAsync();
    }
}
