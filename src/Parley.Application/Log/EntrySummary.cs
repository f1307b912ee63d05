
namespace Parley.Application.Log;

/// <summary>One entry in a list: index, time, kind, author, party and visibility.</summary>
public sealed record EntrySummary(long Seq, DateTimeOffset Time, string Kind, string Author, string? Party, string Visibility);
