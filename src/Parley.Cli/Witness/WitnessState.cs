using System.Globalization;
using System.Text;
using Parley.Ledger.Notes;

namespace Parley.Cli.Witness;

/// <summary>
/// The witness's state directory: per log origin, the signed checkpoint last cosigned (<c>&lt;origin&gt;.checkpoint</c>,
/// replaced atomically: written to a temporary file, flushed to disk, renamed over the old one, so a crash leaves
/// the old or the new, never half of one); and <c>evidence/</c> with both signed checkpoints of each contradiction.
/// </summary>
internal sealed class WitnessState(string directory)
{
    public string Directory { get; } = System.IO.Directory.CreateDirectory(directory).FullName;

    /// <summary>The checkpoint last cosigned for <paramref name="origin"/> and its note, or null.</summary>
    public (Checkpoint Checkpoint, byte[] Note)? Load(string origin)
    {
        var path = PathOf(origin);
        if (!File.Exists(path))
        {
            return null;
        }

        var note = File.ReadAllBytes(path);
        return (Checkpoint.Parse(SignedNote.Parse(note).Text), note);
    }

    /// <summary>Records <paramref name="note"/> as the last cosigned checkpoint of <paramref name="origin"/>, durably.</summary>
    public void Save(string origin, byte[] note)
    {
        var path = PathOf(origin);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(note);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Keeps both signed checkpoints of a contradiction and what was seen; returns the folder.</summary>
    public string KeepEvidence(string origin, byte[]? cosigned, byte[] conflicting, string reason)
    {
        var folder = Path.Combine(Directory, "evidence", $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}-{FileName(origin)}");
        System.IO.Directory.CreateDirectory(folder);
        if (cosigned is not null)
        {
            File.WriteAllBytes(Path.Combine(folder, "cosigned.checkpoint"), cosigned);
        }

        File.WriteAllBytes(Path.Combine(folder, "conflicting.checkpoint"), conflicting);
        File.WriteAllText(Path.Combine(folder, "reason.txt"), reason + "\n", Encoding.UTF8);
        return folder;
    }

    private string PathOf(string origin) => Path.Combine(Directory, FileName(origin) + ".checkpoint");

    /// <summary>An origin as a file name: every character outside [A-Za-z0-9.-] as _XX.</summary>
    private static string FileName(string origin)
    {
        var name = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(origin))
        {
            name.Append(b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-'
                ? ((char)b).ToString()
                : "_" + b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return name.ToString();
    }
}
