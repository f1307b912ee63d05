namespace Parley.Domain.Access;

/// <summary>The role names stored in ASP.NET Core Identity and accepted by the CLI and API.</summary>
public static class ParleyRoles
{
    public const string Administrator = "administrator";
    public const string Mediator = "mediator";
    public const string Delegation = "delegation";
    public const string Humanitarian = "humanitarian";
    public const string Observer = "observer";

    /// <summary>The roles a user account can hold (anonymous is not one).</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Mediator, Delegation, Humanitarian, Observer];

    public static string Name(ParleyRole role) => role switch
    {
        ParleyRole.Administrator => Administrator,
        ParleyRole.Mediator => Mediator,
        ParleyRole.Delegation => Delegation,
        ParleyRole.Humanitarian => Humanitarian,
        ParleyRole.Observer => Observer,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Anonymous is not a stored role."),
    };

    public static bool TryParse(string? name, out ParleyRole role)
    {
        role = name?.Trim().ToLowerInvariant() switch
        {
            Administrator or "admin" => ParleyRole.Administrator,
            Mediator => ParleyRole.Mediator,
            Delegation or "delegate" => ParleyRole.Delegation,
            Humanitarian => ParleyRole.Humanitarian,
            Observer => ParleyRole.Observer,
            _ => ParleyRole.Anonymous,
        };
        return role != ParleyRole.Anonymous;
    }

    /// <summary>Delegation members belong to a party; humanitarian officers may (or serve the host).</summary>
    public static bool RequiresParty(ParleyRole role) => role == ParleyRole.Delegation;

    public static bool AllowsParty(ParleyRole role) => role is ParleyRole.Delegation or ParleyRole.Humanitarian;
}
