using Parley.Domain.Records;

namespace Parley.Application.Talks;

/// <summary>A timeline page request. <see cref="Party"/> takes a code or a name; pages count from 1.</summary>
public sealed record TimelineQuery(
    string? Party = null,
    RecordKind? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = TimelineQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
}
