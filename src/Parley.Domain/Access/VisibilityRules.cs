using Parley.Domain.Records;
using Parley.Domain.Talks;

namespace Parley.Domain.Access;

/// <summary>Who may read and write which record: the one place these rules live.</summary>
public static class VisibilityRules
{
    public static bool SeesShared(Viewer viewer) =>
        viewer.Role is ParleyRole.Administrator or ParleyRole.Mediator or ParleyRole.Delegation or ParleyRole.Humanitarian;

    public static bool SeesMediatorOnly(Viewer viewer) => viewer.IsMediator;

    /// <summary>The party whose private drafts the viewer sees, or null. Mediators never see a party's drafts.</summary>
    public static string? PrivateParty(Viewer viewer) =>
        viewer.Role is ParleyRole.Delegation or ParleyRole.Humanitarian ? viewer.Party : null;

    public static bool CanRead(Viewer viewer, Visibility visibility, string? ownerParty) => visibility switch
    {
        Visibility.Public => true,
        Visibility.Shared => SeesShared(viewer),
        Visibility.MediatorOnly => SeesMediatorOnly(viewer),
        Visibility.PartyPrivate => PrivateParty(viewer) is { } party
            && string.Equals(party, ownerParty, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public static bool CanRead(Viewer viewer, TalkRecord record) => CanRead(viewer, record.Visibility, record.OwnerParty);

    /// <summary>
    /// A party's analysis profile: its own party reads it; the mediators read it only once the party shared it with
    /// them; the other parties never do.
    /// </summary>
    public static bool CanRead(Viewer viewer, AnalysisProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return CanRead(viewer, (TalkRecord)profile) || (profile.SharedWithMediators && SeesMediatorOnly(viewer));
    }

    /// <summary>Kinds a delegation may keep as its own party's drafts.</summary>
    public static bool IsDraftKind(RecordKind kind) => kind is RecordKind.Position or RecordKind.Note or RecordKind.AnalysisProfile;

    /// <summary>
    /// Mediators and administrators write everything but a party's drafts; a delegation member writes only
    /// its own party's drafts of positions and notes; everyone else reads only.
    /// </summary>
    public static bool CanWrite(Viewer viewer, RecordKind kind, Visibility visibility, string? ownerParty) => viewer.IsSystem || viewer.Role switch
    {
        ParleyRole.Administrator or ParleyRole.Mediator => visibility != Visibility.PartyPrivate,
        ParleyRole.Delegation => visibility == Visibility.PartyPrivate
            && IsDraftKind(kind)
            && viewer.Party is not null
            && string.Equals(viewer.Party, ownerParty, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public static bool CanWrite(Viewer viewer, TalkRecord record) =>
        CanWrite(viewer, record.Kind, record.Visibility, record.OwnerParty);
}
