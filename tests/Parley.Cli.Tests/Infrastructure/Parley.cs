using System.Diagnostics;

namespace Parley.Cli.Tests.Infrastructure;

/// <summary>Runs the built `parley` tool as a separate process, as a user or a script would.</summary>
internal static class ParleyTool
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    private static string Executable
    {
        get
        {
            // tests/Parley.Cli.Tests/bin/<Configuration>/net10.0 → src/Parley.Cli/bin/<Configuration>/net10.0/parley.dll
            var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = here.Parent!.Name;
            var root = here.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
            return Path.Combine(root, "src", "Parley.Cli", "bin", configuration, here.Name, "parley.dll");
        }
    }

    public static async Task<Run> RunAsync(string dataDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["PARLEY_DATA"] = dataDirectory;
        start.Environment.Remove("ConnectionStrings__Parley");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
