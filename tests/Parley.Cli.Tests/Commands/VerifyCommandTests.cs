using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Parley.Ledger.Entries;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;

namespace Parley.Cli.Tests.Commands;

/// <summary>
/// The real server process (demo data written through the write path, so the log has entries) checked by the real
/// <c>parley</c> executable: log key, verify, keys new, cosign, and a tampered row named by verify.
/// </summary>
public sealed class VerifyCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-verify-").FullName;

    [Fact]
    public async Task Verify_and_cosign_against_running_server_then_tampering_is_named()
    {
        var data = Path.Combine(_dir, "data");
        using var server = await ServerProcess.StartAsync(data);

        var (code, hostKey, err) = Run("log", "key", "--data", data);
        Assert.True(code == 0, err);
        hostKey = hostKey.Trim();
        Assert.StartsWith("parley.local/log+", hostKey, StringComparison.Ordinal);

        var state = Path.Combine(_dir, "state");
        (code, var output, err) = Run("verify", "--url", server.Url, "--key", hostKey, "--state", state);
        Assert.True(code == 0, err);
        Assert.StartsWith("OK ", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(state, "checkpoint")));

        var keyFile = Path.Combine(_dir, "ua.key");
        (code, var partyKey, err) = Run("keys", "new", "--name", "ukraine.mod", "--out", keyFile);
        Assert.True(code == 0, err);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }
        await using (var connection = await OpenAsync(data))
        {
            // The one party key registry (party_keys), written as the administrator's POST /api/keys would.
            var verifier = NoteVerifier.Parse(partyKey.Trim());
            await using var register = connection.CreateCommand();
            register.CommandText = "INSERT INTO party_keys (Id, Party, VerifierKey, KeyName, RegisteredBy, RegisteredAtUtc) VALUES ($id, 'UA', $key, $name, 'test', '2026-11-28 12:00:00')";
            register.Parameters.AddWithValue("$id", Guid.NewGuid().ToString().ToUpperInvariant());
            register.Parameters.AddWithValue("$key", verifier.ToString());
            register.Parameters.AddWithValue("$name", verifier.Name);
            Assert.Equal(1, await register.ExecuteNonQueryAsync());
        }
        (code, output, err) = Run("cosign", "--url", server.Url, "--key", keyFile, "--log-key", hostKey, "--state", Path.Combine(_dir, "cosign"));
        Assert.True(code == 0, err);
        Assert.Contains("cosigned checkpoint", output, StringComparison.Ordinal);

        await using (var connection = await OpenAsync(data))
        {
            var store = new DbLogStore(connection);
            var size = await store.GetSizeAsync();
            Assert.True(size > 2, $"the demo seed should have written log entries, log has {size}");
            var latest = Checkpoint.Parse(SignedNote.Parse((await store.LatestCheckpointAsync())!).Text);
            Assert.Single(await store.CosignaturesAsync(latest.Size));

            var entry = LogEntry.Parse((await store.ReadEntriesAsync(2, 1)).Single().Data);
            await using var edit = connection.CreateCommand();
            edit.CommandText = "UPDATE ledger_entries SET data = $d WHERE seq = 2";
            edit.Parameters.AddWithValue("$d", (entry with { Author = "someone-else" }).ToBytes());
            Assert.Equal(1, await edit.ExecuteNonQueryAsync());
        }
        (code, _, err) = Run("verify", "--url", server.Url, "--key", hostKey);
        Assert.Equal(1, code);
        Assert.Contains("entry 2", err, StringComparison.Ordinal);

        (code, _, err) = Run("verify", "--url", server.Url, "--key", "not-a-key");
        Assert.Equal(2, code);
        Assert.Contains("--key", err, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static async Task<SqliteConnection> OpenAsync(string data)
    {
        var connection = new SqliteConnection(Parley.Tests.Shared.TestServers.Sqlite(data));
        await connection.OpenAsync();
        return connection;
    }

    internal static (int Code, string Out, string Err) Run(params string[] args) => RunWith(null, args);

    /// <summary>Runs <c>parley</c> with extra environment variables (null values remove one).</summary>
    internal static (int Code, string Out, string Err) RunWith(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parley.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Parley.Server run from its build output on a free port, with its own data directory.</summary>
    internal sealed class ServerProcess : IDisposable
    {
        private readonly Process _process;

        private readonly List<string> _output = [];

        private ServerProcess(Process process, string url)
        {
            _process = process;
            Url = url;
        }

        public string Url { get; }

        /// <summary>Lines the server wrote to stdout so far.</summary>
        public IReadOnlyList<string> Output
        {
            get
            {
                lock (_output)
                {
                    return [.. _output];
                }
            }
        }

        public static async Task<ServerProcess> StartAsync(
            string data, bool demo = true, string? url = null, string? connectionString = null, IReadOnlyDictionary<string, string>? environment = null)
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
            var serverDirectory = Path.Combine(root, "src", "Parley.Server", "bin", configuration, "net10.0");
            url ??= $"http://127.0.0.1:{FreePort()}";
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = serverDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(serverDirectory, "Parley.Server.dll"));
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(url);
            start.Environment["PARLEY_DATA"] = data;
            start.Environment["ConnectionStrings__Parley"] = connectionString ?? "";
            start.Environment["PARLEY_DEMO"] = demo ? "true" : "false";
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }
            var process = Process.Start(start)!;
            var server = new ServerProcess(process, url);
            process.OutputDataReceived += (_, e) =>
            {
                lock (server._output)
                {
                    server._output.Add(e.Data ?? "");
                }
            };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var client = new HttpClient();
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(120))
            {
                Assert.False(process.HasExited, $"the server exited with {(process.HasExited ? process.ExitCode : 0)}");
                try
                {
                    var text = await client.GetStringAsync($"{url}/log/checkpoint");
                    if (Checkpoint.Parse(SignedNote.Parse(text).Text).Size > 0 || !demo)
                    {
                        return server;
                    }
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(500);
            }
            server.Dispose();
            throw new TimeoutException("the server did not publish a non-empty checkpoint within 120 s");
        }

        /// <summary>SIGKILL: no shutdown code runs.</summary>
        public void KillHard()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
            _process.Dispose();
        }

        internal static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
