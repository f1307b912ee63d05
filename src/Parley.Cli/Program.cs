using System.CommandLine;

namespace Parley.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        // Each verb lives in Commands/<Verb>Command.cs and adds itself here.
        RootCommand root = new("parley: the command-line tool of the Parley talks workspace");
        return root.Parse(args).InvokeAsync();
    }
}
