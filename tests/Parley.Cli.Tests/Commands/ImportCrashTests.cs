using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Parley.Cli.Tests.Infrastructure;

namespace Parley.Cli.Tests.Commands;

/// <summary>
/// <c>kill -9</c> of a real <c>parley import</c> of a generated 30,000-row list at random points, later each time
/// (reading, sealing, inserting, committing): after each kill the database holds the whole file or nothing — never
/// part of it — and a last run files it whole. (The 100,000-row timing is the bench's: bench/Parley.Humanitarian.Bench.)
/// </summary>
public sealed class ImportCrashTests
{
    private const int Rows = 30_000;

    [Fact]
    public async Task Kill9_during_import_leaves_the_whole_file_or_nothing()
    {
        using var data = new TempDirectory();
        var lists = Path.Combine(data.Path, "lists");
        var generated = await ParleyTool.RunAsync(data.Path, "generate-lists", "--out-dir", lists, "--left", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), "--right", "10", "--seed", "9");
        Assert.True(generated.ExitCode == 0, generated.Stderr);
        var file = Path.Combine(lists, "left.csv");
        Assert.Equal(0, (await ParleyTool.RunAsync(data.Path, "users", "list")).ExitCode);
        var (_, _, logged) = await CountAsync(data.Path);

        var random = new Random(2026);
        var kills = 0;
        var finished = false;
        for (var attempt = 0; attempt < 5 && !finished; attempt++)
        {
            using var import = Start(data.Path, file);
            var exited = import.WaitForExit(TimeSpan.FromMilliseconds(1000 + random.Next(4000 + attempt * 6000)));
            if (exited)
            {
                finished = import.ExitCode == 0;
            }
            else
            {
                import.Kill(entireProcessTree: true);
                await import.WaitForExitAsync();
                kills++;
            }
            var (listed, persons, entries) = await CountAsync(data.Path);
            Assert.True((listed, persons, entries) == (0, 0, logged) || (listed, persons, entries) == (1, Rows, logged + 1),
                $"attempt {attempt} ({(exited ? "exited" : "killed")}): {listed} lists, {persons} persons, {entries} log entries");
        }
        Assert.True(kills > 0, "every import finished before it could be killed; kill earlier");

        using var last = Start(data.Path, file);
        await last.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        // An attempt killed after its commit but before it exited leaves the list stored, so the last import may be
        // refused as already filed (exit 1); either way the whole file is stored exactly once.
        Assert.True(last.ExitCode is 0 or 1, $"the last import exited {last.ExitCode}");
        Assert.Equal((1L, (long)Rows, logged + 1), await CountAsync(data.Path));
    }

    private static Process Start(string dataDirectory, string file)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "parley.dll"), "import", file, "--party", "UA", "--held-by", "RU" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["PARLEY_DATA"] = dataDirectory;
        start.Environment.Remove("ConnectionStrings__Parley");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<(long Lists, long Persons, long Entries)> CountAsync(string dataDirectory)
    {
        await using var connection = new SqliteConnection(Parley.Tests.Shared.TestServers.Sqlite(dataDirectory));
        await connection.OpenAsync();
        return (await ScalarAsync(connection, "SELECT COUNT(*) FROM person_lists"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM registry_persons"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM ledger_entries"));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
