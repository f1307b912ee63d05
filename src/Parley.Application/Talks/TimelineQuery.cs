using Parley.Domain.Records;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
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
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

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
