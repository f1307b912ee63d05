using Parley.Application.Outcomes;
using Parley.Domain.Access;
using Parley.Domain.Records;

namespace Parley.Application.Talks;

/// <summary>
/// The one way the talks record changes. Each call is one database transaction: authorize, normalise, validate,
/// apply, update the timeline projection, write an audit row, commit. Expected outcomes (invalid, conflict,
/// forbidden, not found) are returned, not thrown.
/// </summary>
public interface IRecordWriter
{
    /// <summary>Adds a record. Its id is assigned when empty; its version starts at 1.</summary>
    Task<Outcome<T>> CreateAsync<T>(Viewer actor, T record, CancellationToken cancellationToken = default)
        where T : TalkRecord;

    /// <summary>
    /// Replaces the record with this id by <paramref name="record"/>. <c>record.Version</c> must be the version the
    /// caller read; if the stored one differs the result is a conflict and nothing changes.
    /// </summary>
    Task<Outcome<T>> UpdateAsync<T>(Viewer actor, Guid id, T record, CancellationToken cancellationToken = default)
        where T : TalkRecord;

    /// <summary>Removes the record if it is still at <paramref name="expectedVersion"/>; the audit trail keeps the deletion.</summary>
    Task<Outcome<T>> DeleteAsync<T>(Viewer actor, Guid id, int expectedVersion, CancellationToken cancellationToken = default)
        where T : TalkRecord;

    /// <summary>
    /// Adds many records in one transaction (the demo seed, bulk loads), all or nothing. Returns the first
    /// refusal, or null when all were stored.
    /// </summary>
    Task<Refusal?> CreateManyAsync(Viewer actor, IReadOnlyList<TalkRecord> records, CancellationToken cancellationToken = default);
}
