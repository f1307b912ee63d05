using Parley.Ledger.Notes;

namespace Parley.Ledger.Serving;

/// <summary>
/// The host's checkpoint key, kept in the data directory outside the database (<c>log-host.key</c>, mode 0600),
/// created on first start. Its name is the log origin, so checkpoints verify against it.
/// </summary>
public static class HostKeyFile
{
    /// <summary>File name of the current host key in the data directory.</summary>
    public const string FileName = "log-host.key";

    /// <summary>Full path of the host key in <paramref name="dataDirectory"/>.</summary>
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    /// <summary>Loads the host key, creating it on first start; a key for another origin is refused.</summary>
    public static NoteSigner LoadOrCreate(string dataDirectory, string origin) => LoadOrCreate(dataDirectory, origin, origin);

    /// <summary>
    /// Loads the host key, creating it for <paramref name="defaultOrigin"/> on first start. An existing key keeps its
    /// origin (a log's origin never changes under its verifiers), unless <paramref name="requiredOrigin"/> — an
    /// explicitly configured origin — names another, which is refused.
    /// </summary>
    public static NoteSigner LoadOrCreate(string dataDirectory, string? requiredOrigin, string defaultOrigin)
    {
        var path = PathIn(dataDirectory);
        if (!File.Exists(path))
        {
            using var created = NoteSigner.Generate(requiredOrigin ?? defaultOrigin);
            try
            {
                KeyFile.Write(path, created);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; use theirs.
            }
        }
        var key = KeyFile.Read(path);
        if (requiredOrigin is not null && key.Name != requiredOrigin)
        {
            key.Dispose();
            throw new LedgerFormatException($"host key {path} is for log '{key.Name}', but this log is configured as '{requiredOrigin}'");
        }
        return key;
    }
}
