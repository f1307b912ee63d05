namespace Parley.Browser.Tests;

/// <summary>An account the fixture creates through the foundation's user service, with a known password.</summary>
public sealed record TestUser(string Email, string Role, string? Party)
{
    public string Password { get; } = "Parley-browser-test-1";
}
