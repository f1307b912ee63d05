using Parley.Domain.Humanitarian;

namespace Parley.Data.Humanitarian;

/// <summary>Which listed persons to show: by party that listed them, category, and a page.</summary>
public sealed record RegistryQuery(string? ListedBy = null, PersonCategory? Category = null, int Page = 1, int PageSize = 50)
{
    public const int MaxPageSize = 500;
}
