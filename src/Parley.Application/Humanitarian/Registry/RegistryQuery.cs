using Parley.Domain.Humanitarian;

namespace Parley.Application.Humanitarian.Registry;

/// <summary>
/// Which listed persons to show: by party that listed them, category, a part of a name (family, given or patronymic,
/// any case), and a page.
/// </summary>
public sealed record RegistryQuery(string? ListedBy = null, PersonCategory? Category = null, int Page = 1, int PageSize = 50, string? Name = null)
{
    public const int MaxPageSize = 500;
}
