namespace Parley.Browser.Tests;

/// <summary>All browser tests share one server and one Chromium: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
