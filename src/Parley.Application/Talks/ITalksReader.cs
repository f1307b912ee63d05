using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;

namespace Parley.Application.Talks;

/// <summary>
/// Reads of the talks record, filtered by what the viewer may see: anonymous callers and observers see public
/// records; a delegation member also sees shared ones and their own party's drafts (never another party's);
/// mediators and administrators see all but the parties' drafts.
/// </summary>
public interface ITalksReader
{
    /// <summary>The record if it exists and the viewer may see it, otherwise null.</summary>
    Task<T?> GetAsync<T>(Viewer viewer, Guid id, CancellationToken cancellationToken = default)
        where T : TalkRecord;

    /// <summary>All records of a kind the viewer may see, in the kind's natural order (by date, newest first; parties by code; persons by name).</summary>
    Task<IReadOnlyList<T>> ListAsync<T>(Viewer viewer, CancellationToken cancellationToken = default)
        where T : TalkRecord;

    /// <summary>The parties, for resolving codes and names.</summary>
    Task<PartyResolver> PartiesAsync(CancellationToken cancellationToken = default);

    Task<TimelinePage> TimelineAsync(Viewer viewer, TimelineQuery query, CancellationToken cancellationToken = default);

    Task<Dashboard> DashboardAsync(Viewer viewer, DateOnly today, CancellationToken cancellationToken = default);

    /// <summary>Belligerent parties × issues as of a date.</summary>
    Task<PositionMatrix> PositionMatrixAsync(Viewer viewer, DateOnly asOf, CancellationToken cancellationToken = default);
}
