namespace Parley.Lists.Tests;

public sealed class IdFingerprintTests
{
    [Fact]
    public void Of_distinctIds_giveDistinctKeys()
    {
        string[] ids = ["", "1", "01", "1 ", "UA-000000001", "UA-000000002", "123456789012345", "1234567890123456", "Іван-1", "Іван-2", "ua-000000001"];

        Assert.Equal(ids.Length, ids.Select(IdFingerprint.Of).Distinct().Count());
    }

    [Fact]
    public void Of_sameId_givesTheSameKey()
    {
        Assert.Equal(IdFingerprint.Of("UA-42"), IdFingerprint.Of(string.Concat("UA-", "42")));
        Assert.Equal(IdFingerprint.Of("Ідентифікатор-довгий-1"), IdFingerprint.Of("Ідентифікатор-довгий-" + 1));
    }
}
