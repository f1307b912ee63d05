namespace Parley.Domain.Humanitarian;

/// <summary>
/// Who may act as the host of the humanitarian track, and whose persons each host may see. <see cref="Hosts"/> are
/// the parties that mediate or host and are not belligerents (an officer with no party is the host's own staff,
/// <see cref="Staff"/>). Being a host is not enough to see anyone: a party's persons are open to a host only while a
/// designation signed by that party's key names it (<see cref="Designations"/>), so editing a party's roles gives
/// nobody another party's data.
/// </summary>
public sealed record HostAccess(IReadOnlySet<string> Hosts, IReadOnlySet<(string Party, string Host)> Designations)
{
    /// <summary>The host named by a designation when the host's officers belong to no party: the operator's own staff.</summary>
    public const string Staff = "staff";

    public static HostAccess None { get; } = new(new HashSet<string>(), new HashSet<(string, string)>());

    /// <summary>The host a viewer's officers act as: their party, or <see cref="Staff"/>.</summary>
    public static string HostOf(Access.Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Party?.ToUpperInvariant() ?? Staff;
    }

    /// <summary>Whether <paramref name="party"/> has designated <paramref name="host"/> and not revoked it.</summary>
    public bool Designated(string party, string host) =>
        Designations.Contains((party.ToUpperInvariant(), host == Staff ? Staff : host.ToUpperInvariant()));

    /// <summary>The parties whose persons <paramref name="host"/> may see.</summary>
    public IReadOnlyList<string> PartiesDesignating(string host) =>
        [.. Designations.Where(d => d.Host == host).Select(d => d.Party).Distinct().Order(StringComparer.Ordinal)];
}
