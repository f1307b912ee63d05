using System.Security.Cryptography;

namespace Parley.Application.Humanitarian.Protection;

/// <summary>
/// A secret key kept in a file of its own under the data directory, readable by the owner only
/// (mode 0600), created on first use. Kept out of the database so a copy of the database alone
/// does not reveal what it protects.
/// </summary>
public static class PersonalDataKeyFile
{
    public static byte[] LoadOrCreate(string path, int length = 32)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllBytes(path);
            return existing.Length == length
                ? existing
                : throw new InvalidDataException($"Key file {path} holds {existing.Length} bytes, expected {length}.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(length);
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, options))
            stream.Write(key);
        // Another process may have raced us; the first key written wins and both read it back.
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return LoadOrCreate(path, length);
        }
        return key;
    }
}
