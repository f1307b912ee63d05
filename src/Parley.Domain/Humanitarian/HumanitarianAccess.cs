using Parley.Domain.Access;

namespace Parley.Domain.Humanitarian;

/// <summary>
/// Who may see personal data. Only humanitarian officers: of the party that listed the person, of the
/// host (an officer with no party, or of a mediating or hosting party), and, once both parties have
/// agreed the person into a batch, the other party's officers for that batch.
/// </summary>
public static class HumanitarianAccess
{
    /// <summary>An officer who has passed the second factor in this sign-in; only they touch personal data.</summary>
    public static bool IsOfficer(Viewer viewer) => viewer.Role == ParleyRole.Humanitarian && viewer.PassedSecondFactor;

    /// <summary>Host officers serve the talks, not a side: they see both sides' lists.</summary>
    public static bool IsHostOfficer(Viewer viewer, IReadOnlySet<string> hostParties) =>
        IsOfficer(viewer) && (viewer.Party is null || hostParties.Contains(viewer.Party));

    public static bool CanRead(Viewer viewer, string listedBy, IReadOnlySet<string> hostParties, bool inBatchAgreedWithViewersParty) =>
        IsOfficer(viewer)
        && (IsHostOfficer(viewer, hostParties)
            || string.Equals(viewer.Party, listedBy, StringComparison.OrdinalIgnoreCase)
            || inBatchAgreedWithViewersParty);

    /// <summary>A party's officer files lists for their own party; a host officer may file for either.</summary>
    public static bool CanFileFor(Viewer viewer, string party, IReadOnlySet<string> hostParties) =>
        IsOfficer(viewer) && (IsHostOfficer(viewer, hostParties) || string.Equals(viewer.Party, party, StringComparison.OrdinalIgnoreCase));
}
