using System.CommandLine;
using Parley.Cli.Commands;

namespace Parley.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        // Each verb lives in Commands/<Verb>Command.cs and adds itself here.
        RootCommand root = new("parley: the command-line tool of the Parley talks workspace");
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(AnalyseCommand.Create());
        return root.Parse(args).InvokeAsync();
    }
}
