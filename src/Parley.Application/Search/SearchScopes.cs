using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;

namespace Parley.Application.Search;

/// <summary>
/// The scope each indexed document is filed under, and which scopes a viewer may search: the index's side of
/// <see cref="VisibilityRules"/>. A party's analysis profile shared with the mediators has a scope of its own, seen
/// by that party and by the mediators.
/// </summary>
internal static class SearchScopes
{
    public const string Public = "public";
    public const string Shared = "shared";
    public const string Mediator = "mediator";
    private const string PartyPrefix = "party:";
    private const string WithMediators = "+mediators";

    public static string Of(Visibility visibility, string? ownerParty) => visibility switch
    {
        Visibility.Public => Public,
        Visibility.Shared => Shared,
        Visibility.MediatorOnly => Mediator,
        Visibility.PartyPrivate => PartyPrefix + (ownerParty ?? "").ToUpperInvariant(),
        _ => "none",
    };

    public static string Of(TalkRecord record) => record is AnalysisProfile { SharedWithMediators: true, Visibility: Visibility.PartyPrivate } profile
        ? PartyPrefix + (profile.OwnerParty ?? "").ToUpperInvariant() + WithMediators
        : Of(record.Visibility, record.OwnerParty);

    public static string OfDraft(string party) => PartyPrefix + party.ToUpperInvariant();

    /// <summary>Whether <paramref name="viewer"/> may see a document of <paramref name="scope"/>.</summary>
    public static bool MaySee(Viewer viewer, string scope)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (scope == Public)
        {
            return true;
        }
        if (scope == Shared)
        {
            return VisibilityRules.SeesShared(viewer);
        }
        if (scope == Mediator)
        {
            return VisibilityRules.SeesMediatorOnly(viewer);
        }
        if (!scope.StartsWith(PartyPrefix, StringComparison.Ordinal))
        {
            return false;
        }
        var shared = scope.EndsWith(WithMediators, StringComparison.Ordinal);
        var party = shared ? scope[PartyPrefix.Length..^WithMediators.Length] : scope[PartyPrefix.Length..];
        return (VisibilityRules.PrivateParty(viewer) is { } own && string.Equals(own, party, StringComparison.OrdinalIgnoreCase))
            || (shared && VisibilityRules.SeesMediatorOnly(viewer));
    }
}
