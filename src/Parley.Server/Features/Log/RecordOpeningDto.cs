namespace Parley.Server.Features.Log;

/// <summary>
/// What lets a caller check a non-public record it may read against the log: the entry holding its commitment and
/// the salt (base64). <paramref name="Path"/> is the record API it is served under (e.g. <c>rounds</c>).
/// </summary>
public sealed record RecordOpeningDto(string Path, Guid Id, int Version, long Seq, string Salt);
