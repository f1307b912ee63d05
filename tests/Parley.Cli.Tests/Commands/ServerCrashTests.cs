using System.Net.Http.Json;
using System.Text.Json;
using Parley.Ledger.Notes;
using Parley.Ledger.Verification;

namespace Parley.Cli.Tests.Commands;

/// <summary>
/// <c>kill -9</c> of the real server during a stream of writes, at several random points: after each restart every
/// acknowledged write is there, and the log is consistent with every checkpoint published before the kill.
/// </summary>
public sealed class ServerCrashTests : IDisposable
{
    private const string Password = "Crash-test-passphrase-2025";
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-crash-").FullName;

    [Fact]
    public async Task Kill9_during_writes_loses_no_acknowledged_write_and_stays_consistent()
    {
        var data = Path.Combine(_dir, "data");
        var url = $"http://127.0.0.1:{VerifyCommandTests.ServerProcess.FreePort()}";
        var server = await VerifyCommandTests.ServerProcess.StartAsync(data, demo: false, url);
        var oneTime = server.Output.Select(l => l.Trim()).First(l => l.StartsWith("password:", StringComparison.Ordinal))["password:".Length..].Trim();
        using (var first = await SignInAsync(url, oneTime))
        {
            var change = await first.PostAsJsonAsync("/api/account/password", new { currentPassword = oneTime, newPassword = Password });
            Assert.True(change.IsSuccessStatusCode, await change.Content.ReadAsStringAsync());
        }
        var logKey = NoteVerifier.Parse(VerifyCommandTests.Run("log", "key", "--data", data).Out.Trim());
        var acknowledged = new List<Guid>();
        var checkpoints = new List<Checkpoint>();
        var random = new Random(2025);
        try
        {
            for (var kill = 0; kill < 3; kill++)
            {
                using var client = await SignInAsync(url, Password);
                using var stop = new CancellationTokenSource();
                var writes = WriteUntilStoppedAsync(client, acknowledged, stop.Token);
                var watch = WatchCheckpointsAsync(url, logKey, checkpoints, stop.Token);
                await Task.Delay(TimeSpan.FromMilliseconds(1500 + random.Next(3000)));
                server.KillHard();
                await stop.CancelAsync();
                await Task.WhenAll(writes, watch);
                server.Dispose();

                server = await VerifyCommandTests.ServerProcess.StartAsync(data, demo: false, url);
                using var after = await SignInAsync(url, Password);
                foreach (var id in acknowledged)
                {
                    var read = await after.GetAsync($"/api/statements/{id}");
                    Assert.True(read.IsSuccessStatusCode, $"kill {kill}: acknowledged statement {id} is gone ({(int)read.StatusCode})");
                }
                var fetcher = new HttpLogFetcher(after, new Uri(url));
                var verifier = new LogVerifier(fetcher, logKey);
                var current = await WaitForCheckpointAsync(verifier, acknowledged.Count);
                foreach (var seen in checkpoints)
                {
                    Assert.Null(await verifier.CheckConsistencyAsync(seen, current, default));
                }
                var full = await verifier.VerifyAsync(null, recompute: true);
                Assert.True(full.Ok, full.Message);
            }
            Assert.NotEmpty(acknowledged);
            Assert.NotEmpty(checkpoints);
        }
        finally
        {
            server.Dispose();
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static async Task<HttpClient> SignInAsync(string url, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(url) };
        var login = await client.PostAsJsonAsync("/api/account/login", new { email = "admin@parley.local", password });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        return client;
    }

    private static async Task WriteUntilStoppedAsync(HttpClient client, List<Guid> acknowledged, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            try
            {
                var response = await client.PostAsJsonAsync("/api/statements",
                    new { speakerName = "Mediator", saidOn = "2025-05-16", quotation = $"Statement {Guid.NewGuid()}", source = "crash test" }, stop);
                if (response.IsSuccessStatusCode)
                {
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(stop));
                    lock (acknowledged)
                    {
                        acknowledged.Add(body.RootElement.GetProperty("id").GetGuid());
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                return;
            }
        }
    }

    private static async Task WatchCheckpointsAsync(string url, NoteVerifier logKey, List<Checkpoint> checkpoints, CancellationToken stop)
    {
        using var client = new HttpClient();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var note = await client.GetByteArrayAsync($"{url}/log/checkpoint", stop);
                checkpoints.Add(Checkpoint.Open(note, logKey).Checkpoint);
                await Task.Delay(300, stop);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                return;
            }
        }
    }

    private static async Task<Checkpoint> WaitForCheckpointAsync(LogVerifier verifier, int atLeast)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (checkpoint, _) = await verifier.FetchCheckpointAsync(default);
            if (checkpoint.Size >= atLeast || attempt > 60)
            {
                return checkpoint;
            }
            await Task.Delay(500);
        }
    }
}
