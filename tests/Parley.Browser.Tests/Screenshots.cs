namespace Parley.Browser.Tests;

/// <summary>Where browser tests leave their screenshots (the build output); the good ones are copied into docs/img by hand.</summary>
internal static class Screenshots
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static string PathOf(string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Path.Combine(Directory, name + ".png");
    }
}
