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
/// What lets a caller check a non-public record it may read against the log: the entry holding its commitment and
/// the salt (base64). <paramref name="Path"/> is the record API it is served under (e.g. <c>rounds</c>).
/// </summary>
public sealed record RecordOpeningDto(string Path, Guid Id, int Version, long Seq, string Salt);
