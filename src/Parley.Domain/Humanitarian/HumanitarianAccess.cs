using Parley.Domain.Access;

namespace Parley.Domain.Humanitarian;

/// <summary>
/// Who may see personal data. Only humanitarian officers: of the party that listed the person; of the host (an
/// officer with no party, or of a mediating or hosting party that is not a belligerent) once the listing party's key
/// has designated that host (<see cref="HostAccess"/>); and, once both parties have signed a batch containing the
/// person, the other party's officers for that batch.
/// </summary>
public static class HumanitarianAccess
{
    /// <summary>An officer who has passed the second factor in this sign-in; only they touch personal data.</summary>
    public static bool IsOfficer(Viewer viewer) => viewer.Role == ParleyRole.Humanitarian && viewer.PassedSecondFactor;

    /// <summary>
    /// Host officers serve the talks, not a side: they link lists, review pairs and compose batches. A belligerent's
    /// officer never is one, whatever else its party's roles say. Which persons a host officer sees is a separate
    /// question (<see cref="HostMaySee"/>).
    /// </summary>
    public static bool IsHostOfficer(Viewer viewer, HostAccess access)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(access);
        return IsOfficer(viewer) && (viewer.Party is null || access.Hosts.Contains(viewer.Party));
    }

    /// <summary>A host officer whose host the listing party has designated by its own signed statement.</summary>
    public static bool HostMaySee(Viewer viewer, string listedBy, HostAccess access) =>
        IsHostOfficer(viewer, access) && access.Designated(listedBy, HostAccess.HostOf(viewer));

    public static bool CanRead(Viewer viewer, string listedBy, HostAccess access, bool inBatchAgreedWithViewersParty) =>
        IsOfficer(viewer)
        && (string.Equals(viewer.Party, listedBy, StringComparison.OrdinalIgnoreCase)
            || HostMaySee(viewer, listedBy, access)
            || inBatchAgreedWithViewersParty);

    /// <summary>A party's officer files lists and cases for their own party; a host officer for a party that designated the host.</summary>
    public static bool CanFileFor(Viewer viewer, string party, HostAccess access) =>
        IsOfficer(viewer) && (string.Equals(viewer.Party, party, StringComparison.OrdinalIgnoreCase) || HostMaySee(viewer, party, access));
}
