using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Ledger.Entries;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;
using Parley.Ledger.Tiles;
using Parley.Ledger.Witnessing;
using static Parley.Cli.Tests.Commands.VerifyCommandTests;

namespace Parley.Cli.Tests.Commands;

/// <summary>
/// <c>parley witness</c> as real processes beside the real server: one witness per party cosigns every checkpoint and
/// the server serves the checkpoint with both cosignatures; a server that forks (same host key, another history) is
/// caught by both, which stop with exit code 3 and keep both signed checkpoints; add-checkpoint answers per C2SP.
/// </summary>
public sealed partial class WitnessCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-witness-").FullName;
    private readonly List<Process> _witnesses = [];

    [Fact]
    public async Task Witnesses_ofBothParties_cosignEveryCheckpoint_andCatchAFork()
    {
        var data = Path.Combine(_dir, "data");
        var server = await ServerProcess.StartAsync(data);
        var hostKey = Run("log", "key", "--data", data).Out.Trim();
        var ua = await RegisteredKeyAsync(data, "UA", "ukraine.witness");
        var ru = await RegisteredKeyAsync(data, "RU", "russia.witness");
        var listen = $"http://127.0.0.1:{ServerProcess.FreePort()}";
        var uaWitness = StartWitness(server.Url, hostKey, ua.File, "ua", "--listen", listen);
        var ruWitness = StartWitness(server.Url, hostKey, ru.File, "ru");
        using var client = new HttpClient();

        var first = await CosignedByBothAsync(client, server.Url, [ua.Key, ru.Key], minimumSize: 1);
        await AppendEntryAsync(data);
        var second = await CosignedByBothAsync(client, server.Url, [ua.Key, ru.Key], minimumSize: first + 1);
        Assert.True(second > first);

        using var log = NoteSigner.Generate("other.example/log");
        await AddCheckpointAnswersPerSpecAsync(client, server.Url, listen, log, hostKey, second);

        // The fork: the same host key signs another history at the same address.
        server.Dispose();
        var forked = Path.Combine(_dir, "forked");
        Directory.CreateDirectory(forked);
        File.Copy(Path.Combine(data, "log-host.key"), Path.Combine(forked, "log-host.key"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(forked, "log-host.key"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        using (await ServerProcess.StartAsync(forked, url: server.Url))
        {
            foreach (var (witness, name) in new[] { (uaWitness, "ua"), (ruWitness, "ru") })
            {
                Assert.True(witness.WaitForExit(TimeSpan.FromSeconds(90)), $"the {name} witness did not stop on the fork");
                Assert.Equal(3, witness.ExitCode);
                Assert.Contains("STOPPED, not cosigning", await witness.StandardError.ReadToEndAsync(), StringComparison.Ordinal);
                var evidence = Assert.Single(Directory.GetDirectories(Path.Combine(_dir, name, "evidence")));
                var cosigned = SignedNote.Parse(await File.ReadAllBytesAsync(Path.Combine(evidence, "cosigned.checkpoint")));
                var conflicting = SignedNote.Parse(await File.ReadAllBytesAsync(Path.Combine(evidence, "conflicting.checkpoint")));
                Assert.Equal(second, Checkpoint.Parse(cosigned.Text).Size);
                Assert.NotEqual(cosigned.Text, conflicting.Text);
                // Both are signed by the host's key: proof that the host signed two histories.
                var host = NoteVerifier.Parse(hostKey);
                Assert.Single(NoteVerification.Verify(cosigned, [host]));
                Assert.Single(NoteVerification.Verify(conflicting, [host]));
            }
        }
    }

    private static async Task AddCheckpointAnswersPerSpecAsync(HttpClient client, string serverUrl, string listen, NoteSigner otherLog, string hostKey, long cosignedSize)
    {
        // The UA witness trusts only the host's key: another log is unknown (404).
        var tiles = new MemoryTileStore();
        tiles.Append([.. Enumerable.Range(0, 5).Select(i => Encoding.UTF8.GetBytes($"e{i}"))]);
        var (status, _, _) = await PostAsync(client, listen, new AddCheckpointRequest(0, [], await NoteAsync(tiles, otherLog)));
        Assert.Equal(HttpStatusCode.NotFound, status);

        // Stale old size for the host's log: 409 with the size it cosigned, as text/x.tlog.size.
        var host = NoteVerifier.Parse(hostKey);
        var checkpoint = await client.GetByteArrayAsync(new Uri(serverUrl + "/log/checkpoint"));
        (status, var type, var body) = await PostAsync(client, listen, new AddCheckpointRequest(0, [], checkpoint));
        Assert.Equal((HttpStatusCode.Conflict, "text/x.tlog.size"), (status, type));
        Assert.True(long.Parse(body.TrimEnd('\n'), System.Globalization.CultureInfo.InvariantCulture) >= cosignedSize);

        // Old size above the checkpoint's: 400. A checkpoint signed by an impostor of the host's name: 403.
        var size = Checkpoint.Parse(SignedNote.Parse(checkpoint).Text).Size;
        (status, _, _) = await PostAsync(client, listen, new AddCheckpointRequest(size + 5, [], checkpoint));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var impostor = NoteSigner.Generate(host.Name);
        var forged = SignedNote.Sign(SignedNote.Parse(checkpoint).Text, impostor).ToBytes();
        (status, _, _) = await PostAsync(client, listen, new AddCheckpointRequest(size, [], forged));
        Assert.Equal(HttpStatusCode.Forbidden, status);

        // The same checkpoint at the cosigned size: 200 and a cosignature that verifies.
        var last = body.TrimEnd('\n');
        if (last == size.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            (status, _, body) = await PostAsync(client, listen, new AddCheckpointRequest(size, [], checkpoint));
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.StartsWith("— ukraine.witness ", body, StringComparison.Ordinal);
        }

        // A malformed body: 400.
        using var junk = new StringContent("old x\n\n", Encoding.UTF8, "text/plain");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(new Uri(listen + "/add-checkpoint"), junk)).StatusCode);
    }

    private static async Task<(HttpStatusCode Status, string? Type, string Body)> PostAsync(HttpClient client, string listen, AddCheckpointRequest request)
    {
        using var content = new ByteArrayContent(request.ToBytes());
        using var response = await client.PostAsync(new Uri(listen + "/add-checkpoint"), content);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static async Task<byte[]> NoteAsync(MemoryTileStore tiles, NoteSigner log)
    {
        var root = await new MerkleProver(new TileNodeReader(tiles, new TileCache(16), tiles.Size)).RootAsync(tiles.Size);
        return SignedNote.Sign(new Checkpoint(log.Name, tiles.Size, root).ToText(), log).ToBytes();
    }

    /// <summary>Waits until the served checkpoint of at least <paramref name="minimumSize"/> carries a valid cosignature by every key; its size.</summary>
    private static async Task<long> CosignedByBothAsync(HttpClient client, string url, NoteVerifier[] keys, long minimumSize)
    {
        var clock = Stopwatch.StartNew();
        string seen = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            seen = await client.GetStringAsync(new Uri(url + "/log/checkpoint"));
            var note = SignedNote.Parse(seen);
            var checkpoint = Checkpoint.Parse(note.Text);
            var cosigned = keys.Count(k => note.Signatures.Any(s => s.Name == k.Name && Cosignature.KeyHash(k.WithAlgorithm(KeyAlgorithm.CosignatureV1)) == s.KeyHash
                && Cosignature.Verify(k.WithAlgorithm(KeyAlgorithm.CosignatureV1), note.Text, s) > 0));
            if (checkpoint.Size >= minimumSize && cosigned == keys.Length)
            {
                return checkpoint.Size;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"no checkpoint of size ≥ {minimumSize} cosigned by both witnesses within 120 s; last served:\n{seen}");
    }

    private async Task<(string File, NoteVerifier Key)> RegisteredKeyAsync(string data, string party, string name)
    {
        var file = Path.Combine(_dir, name + ".key");
        var (code, verifier, err) = Run("keys", "new", "--name", name, "--out", file);
        Assert.True(code == 0, err);
        var key = NoteVerifier.Parse(verifier.Trim());
        await using var connection = new SqliteConnection(Parley.Tests.Shared.TestServers.Sqlite(data));
        await connection.OpenAsync();
        await using var register = connection.CreateCommand();
        register.CommandText = "INSERT INTO party_keys (Id, Party, VerifierKey, KeyName, RegisteredBy, RegisteredAtUtc) VALUES ($id, $party, $key, $name, 'test', '2026-11-28 12:00:00')";
        register.Parameters.AddWithValue("$id", Guid.NewGuid().ToString().ToUpperInvariant());
        register.Parameters.AddWithValue("$party", party);
        register.Parameters.AddWithValue("$key", key.ToString());
        register.Parameters.AddWithValue("$name", key.Name);
        Assert.Equal(1, await register.ExecuteNonQueryAsync());
        return (file, key);
    }

    private static async Task AppendEntryAsync(string data)
    {
        await using var connection = new SqliteConnection(Parley.Tests.Shared.TestServers.Sqlite(data));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        using var record = JsonDocument.Parse("{\"text\":\"witnessed\"}");
        await new DbLogStore(connection, transaction).AppendAsync(seq =>
            [LogEntry.ForPublic(seq, DateTimeOffset.UtcNow, "test", null, "statement.create", record.RootElement).ToBytes()]);
        await transaction.CommitAsync();
    }

    private Process StartWitness(string url, string hostKey, string keyFile, string state, params string[] more)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "parley.dll"), "witness", "--url", url, "--key", hostKey,
            "--cosign-key", keyFile, "--state", Path.Combine(_dir, state), "--interval", "1s", .. more])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        _witnesses.Add(process);
        return process;
    }

    public void Dispose()
    {
        foreach (var witness in _witnesses)
        {
            if (!witness.HasExited)
            {
                witness.Kill(entireProcessTree: true);
                witness.WaitForExit();
            }

            witness.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
