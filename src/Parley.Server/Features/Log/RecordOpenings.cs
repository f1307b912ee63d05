namespace Parley.Server.Features.Log;

/// <summary>
/// <c>GET /log/openings</c>: the openings of the non-public records the caller may read, and the records that were
/// public once and are now non-public (id and the entry of their latest commitment).
/// </summary>
public sealed record RecordOpenings(IReadOnlyList<RecordOpeningDto> Openings, IReadOnlyList<WithdrawnRecordDto> Withdrawn);
