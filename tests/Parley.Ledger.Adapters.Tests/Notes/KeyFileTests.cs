using Parley.Ledger.Notes;

namespace Parley.Ledger.Tests.Notes;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class KeyFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("parley-keys-").FullName;

    [Fact]
    public void Write_creates_owner_only_file_that_reads_back()
    {
        var path = Path.Combine(_directory, "party.key");
        using var signer = NoteSigner.Generate("ukraine.mod");
        KeyFile.Write(path, signer);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        using var read = KeyFile.Read(path);
        Assert.Equal(signer.Verifier.ToString(), read.Verifier.ToString());
    }

    [Fact]
    public void Write_never_overwrites_an_existing_key()
    {
        var path = Path.Combine(_directory, "party.key");
        using var signer = NoteSigner.Generate("ukraine.mod");
        KeyFile.Write(path, signer);
        Assert.Throws<IOException>(() => KeyFile.Write(path, signer));
    }

    [Fact]
    public void Read_world_readable_key_is_refused()
    {
        var path = Path.Combine(_directory, "party.key");
        using var signer = NoteSigner.Generate("ukraine.mod");
        KeyFile.Write(path, signer);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var error = Assert.Throws<LedgerFormatException>(() => KeyFile.Read(path));
        Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, true);
}
