using Microsoft.Data.Sqlite;
using Parley.Ledger.Entries;
using Parley.Ledger.Notes;
using Parley.Ledger.Serving;
using Parley.Ledger.Storage;
using static Parley.Cli.Tests.Commands.VerifyCommandTests;

namespace Parley.Cli.Tests.Commands;

/// <summary>
/// <c>parley log rotate-key</c> on a real data directory: the new key is announced in the log (signed by the old and
/// the new), the restarted server signs with it, and <c>parley verify</c> passes with the new key only.
/// </summary>
public sealed class LogCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-rotate-").FullName;

    [Fact]
    public async Task Rotate_key_announces_new_key_and_verify_passes_with_it()
    {
        var data = Path.Combine(_dir, "data");
        string oldKey;
        using (var server = await ServerProcess.StartAsync(data))
        {
            (_, oldKey, _) = Run("log", "key", "--data", data);
            oldKey = oldKey.Trim();
        }
        var backup = Path.Combine(_dir, "host-backup.key");

        var (code, newKey, err) = Run("log", "rotate-key", "--data", data, "--backup", backup);
        Assert.True(code == 0, err);
        newKey = newKey.Trim();
        Assert.NotEqual(oldKey, newKey);
        Assert.StartsWith("parley.local/log+", newKey, StringComparison.Ordinal);
        Assert.Equal(newKey, Run("log", "key", "--data", data).Out.Trim());
        using (var copy = KeyFile.Read(backup))
        {
            Assert.Equal(newKey, copy.Verifier.ToString());
        }
        Assert.Single(Directory.GetFiles(data, HostKeyFile.FileName + ".retired-*"));
        Assert.Equal(2, Run("log", "rotate-key", "--data", data, "--backup", backup).Code);

        await using (var connection = new SqliteConnection(Parley.Tests.Shared.TestServers.Sqlite(data)))
        {
            await connection.OpenAsync();
            var store = new DbLogStore(connection);
            var last = LogEntry.Parse((await store.ReadEntriesAsync(await store.GetSizeAsync() - 1, 1)).Single().Data);
            Assert.Equal(HostKeyRotation.Kind, last.Kind);
            var note = SignedNote.Parse(last.Payload.GetProperty("note").GetString()!);
            Assert.Contains($"old {oldKey}", note.Text, StringComparison.Ordinal);
            Assert.Contains($"new {newKey}", note.Text, StringComparison.Ordinal);
            Assert.Equal(2, NoteVerification.Verify(note, [NoteVerifier.Parse(oldKey), NoteVerifier.Parse(newKey)]).Count);
        }

        using (var server = await ServerProcess.StartAsync(data))
        {
            (code, var output, err) = Run("verify", "--url", server.Url, "--key", newKey);
            Assert.True(code == 0, err);
            Assert.Contains("records ", output, StringComparison.Ordinal);
            (code, _, err) = Run("verify", "--url", server.Url, "--key", oldKey);
            Assert.Equal(1, code);
            Assert.Contains("log/checkpoint", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rotate_key_without_a_data_directory_fails_clearly()
    {
        var (code, _, err) = Run("log", "rotate-key", "--data", Path.Combine(_dir, "none"));
        Assert.Equal(1, code);
        Assert.Contains("log-host.key", err, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
