using Parley.Domain.Humanitarian;
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
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Application.Humanitarian.Registry;

/// <summary>
/// Which listed persons to show: by party that listed them, category, a part of a name (family, given or patronymic,
/// any case), and a page.
/// </summary>
public sealed record RegistryQuery(string? ListedBy = null, PersonCategory? Category = null, int Page = 1, int PageSize = 50, string? Name = null)
{
    public const int MaxPageSize = 500;
}
