namespace Parley.Browser.Tests;

/// <summary>
/// The flow at the article's scale gets a server of its own (its 1,200-per-side lists and links would change what the
/// other humanitarian tests count), and runs alone, after the shared collection, so two servers never share the cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScaleCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser-scale";
}
