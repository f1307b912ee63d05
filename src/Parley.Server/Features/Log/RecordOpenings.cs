using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;
namespace Parley.Server.Features.Log;

/// <summary>
/// <c>GET /log/openings</c>: the openings of the non-public records the caller may read, and the records that were
/// public once and are now non-public (id and the entry of their latest commitment).
/// </summary>
public sealed record RecordOpenings(IReadOnlyList<RecordOpeningDto> Openings, IReadOnlyList<WithdrawnRecordDto> Withdrawn);
