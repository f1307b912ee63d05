using System.Diagnostics;

namespace Parley.Linkage.Compare;

/// <summary>Starts the local PostgreSQL cluster with the repo's script and returns the superuser connection string.</summary>
internal static class Postgres
{
    private const string DefaultConnection = "Host=127.0.0.1;Port=5432;Username=parley;Password=parley;Database=parley_test";

    public static string Start()
    {
        var script = Path.Combine(RepoRoot(), "scripts", "start-postgres.sh");
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot run bash");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed: {error}");
        }

        return Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES") is { Length: > 0 } s ? s : DefaultConnection;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the harness from inside the Parley repository.");
    }
}
