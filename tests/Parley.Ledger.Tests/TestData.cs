namespace Parley.Ledger.Tests;

internal static class TestData
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public static byte[] Hex(string hex) => Convert.FromHexString(hex);
}
