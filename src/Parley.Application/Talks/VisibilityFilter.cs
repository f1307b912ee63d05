using System.Linq.Expressions;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Records;

namespace Parley.Application.Talks;

/// <summary><see cref="VisibilityRules.CanRead(Viewer, Visibility, string?)"/> as SQL-translatable predicates.</summary>
internal static class VisibilityFilter
{
    public static Expression<Func<T, bool>> Records<T>(Viewer viewer)
        where T : TalkRecord
    {
        var shared = VisibilityRules.SeesShared(viewer);
        var mediator = VisibilityRules.SeesMediatorOnly(viewer);
        var party = VisibilityRules.PrivateParty(viewer);
        return r => r.Visibility == Visibility.Public
            || (shared && r.Visibility == Visibility.Shared)
            || (mediator && r.Visibility == Visibility.MediatorOnly)
            || (party != null && r.Visibility == Visibility.PartyPrivate && r.OwnerParty == party);
    }

    public static Expression<Func<TimelineEntry, bool>> Timeline(Viewer viewer)
    {
        var shared = VisibilityRules.SeesShared(viewer);
        var mediator = VisibilityRules.SeesMediatorOnly(viewer);
        var party = VisibilityRules.PrivateParty(viewer);
        if (!shared && !mediator && party is null)
        {
            return e => e.Visibility == Visibility.Public;
        }
        return e => e.Visibility == Visibility.Public
            || (shared && e.Visibility == Visibility.Shared)
            || (mediator && e.Visibility == Visibility.MediatorOnly)
            || (party != null && e.Visibility == Visibility.PartyPrivate && e.OwnerParty == party);
    }
}
