using Parley.Application.Humanitarian.Protection;
namespace Parley.Application.Tests.Humanitarian.Protection;

public sealed class PersonalDataKeyFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-keys-").FullName;

    [Fact]
    public void LoadOrCreate_creates_once_then_returns_the_same_key()
    {
        var path = Path.Combine(_dir, "personal-data.key");
        var first = PersonalDataKeyFile.LoadOrCreate(path);
        Assert.Equal(32, first.Length);
        Assert.Equal(first, PersonalDataKeyFile.LoadOrCreate(path));
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void LoadOrCreate_file_is_readable_by_owner_only()
    {
        var path = Path.Combine(_dir, "k.key");
        PersonalDataKeyFile.LoadOrCreate(path);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void LoadOrCreate_wrong_length_file_is_a_clear_error()
    {
        var path = Path.Combine(_dir, "short.key");
        File.WriteAllBytes(path, new byte[7]);
        var ex = Assert.Throws<InvalidDataException>(() => PersonalDataKeyFile.LoadOrCreate(path));
        Assert.Contains("7 bytes, expected 32", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
