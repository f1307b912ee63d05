namespace Parley.Ledger.Notes;

/// <summary>Private key files: the signer's private key string on one line, created with mode 0600.</summary>
public static class KeyFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Writes <paramref name="signer"/>'s private key to a new file readable and writable by its owner only.</summary>
    public static void Write(string path, NoteSigner signer)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(signer.ToPrivateKeyString());
        writer.Write('\n');
    }

    /// <summary>Reads a private key file, refusing one that others can read.</summary>
    public static NoteSigner Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new LedgerFormatException($"key file '{path}' does not exist");
        }
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~(OwnerOnly | UnixFileMode.UserExecute)) != 0)
        {
            throw new LedgerFormatException($"key file '{path}' is readable by others: run chmod 600 on it");
        }
        try
        {
            return NoteSigner.Parse(File.ReadAllText(path));
        }
        catch (LedgerFormatException e)
        {
            throw new LedgerFormatException($"key file '{path}': {e.Message}", e);
        }
    }
}
