using Parley.Ledger.Notes;

namespace Parley.Ledger.Verification;

/// <summary>The accepted checkpoint kept as the file <c>checkpoint</c> in a party's state directory.</summary>
public sealed class CheckpointStateDirectory(string directory) : IAcceptedCheckpoint
{
    private readonly string _path = Path.Combine(directory, "checkpoint");

    /// <inheritdoc/>
    public string Where => $"state file {_path}";

    /// <inheritdoc/>
    public byte[]? Load() => File.Exists(_path) ? File.ReadAllBytes(_path) : null;

    /// <inheritdoc/>
    public void Save(SignedNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        Directory.CreateDirectory(directory);
        var temporary = _path + ".tmp";
        File.WriteAllBytes(temporary, note.ToBytes());
        File.Move(temporary, _path, true);
    }

    /// <summary>The state directory, or none when <paramref name="directory"/> is null.</summary>
    public static IAcceptedCheckpoint? For(string? directory) => directory is null ? null : new CheckpointStateDirectory(directory);
}
