using System.Text.Json;
using Parley.Ledger.Entries;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;

namespace Parley.Ledger.Serving;

/// <summary>
/// Replaces the host key: a <c>key-rotation</c> statement naming the old and new verifier keys, signed by both, is
/// appended to the log (so the old key vouches for the new one in the record itself); the old key file is kept
/// as <c>log-host.key.retired-&lt;hash&gt;</c> for backups, and the new one takes its place.
/// </summary>
public static class HostKeyRotation
{
    /// <summary>Log entry kind of a rotation announcement.</summary>
    public const string Kind = "log.key-rotation";

    /// <summary>Rotates the key in <paramref name="dataDirectory"/>; returns the new verifier key.</summary>
    public static async Task<NoteVerifier> RotateAsync(string dataDirectory, DbLogStore store, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var path = HostKeyFile.PathIn(dataDirectory);
        using var old = KeyFile.Read(path);
        var nextPath = path + ".next";
        if (File.Exists(nextPath))
        {
            File.Delete(nextPath);
        }
        using var next = NoteSigner.Generate(old.Name);
        KeyFile.Write(nextPath, next);
        var statement = new SignedStatement("key-rotation", [new("old", old.Verifier.ToString()), new("new", next.Verifier.ToString())]).Sign(old, next);
        var payload = JsonSerializer.SerializeToElement(new { note = statement.ToString() });
        await store.AppendAsync(seq => [LogEntry.ForPublic(seq, now, "host", null, Kind, payload).ToBytes()], cancellationToken).ConfigureAwait(false);
        File.Move(path, $"{path}.retired-{old.KeyHash:x8}", true);
        File.Move(nextPath, path);
        return next.Verifier;
    }
}
