namespace Parley.Domain.Access;

/// <summary>The caller of a read or write: role, party (ISO 3166 alpha-2 code, upper case) and account.</summary>
public sealed record Viewer(ParleyRole Role, string? Party = null, string? UserId = null, string? Name = null)
{
    public static Viewer Anonymous { get; } = new(ParleyRole.Anonymous);

    /// <summary>
    /// The server itself loading the demo on first start: reads as an administrator, and may also write the
    /// parties' demo drafts. No signed-in user is ever the system.
    /// </summary>
    public static Viewer System { get; } = new(ParleyRole.Administrator, null, "system", "system") { IsSystem = true };

    public bool IsSystem { get; private init; }

    /// <summary>
    /// False for a humanitarian officer who has not passed the second factor (TOTP) in this sign-in: such a viewer
    /// is not an officer for personal data. Everyone else, and the CLI's local operator, counts as passed.
    /// </summary>
    public bool PassedSecondFactor { get; init; } = true;

    public bool IsMediator => Role is ParleyRole.Mediator or ParleyRole.Administrator;

    /// <summary>A short key naming what this viewer may see; viewers with the same key see the same records.</summary>
    public string ScopeKey => Role switch
    {
        ParleyRole.Administrator or ParleyRole.Mediator => "mediator",
        ParleyRole.Delegation or ParleyRole.Humanitarian => Party is null ? "shared" : "shared:" + Party,
        _ => "public",
    };
}
