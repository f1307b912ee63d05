using Microsoft.AspNetCore.Http.HttpResults;

namespace Parley.Server.Api;

/// <summary>
/// Every paging parameter is checked in one place: a page, a size or a count outside its range is a 400 naming it,
/// never a silent clamp or an offset that overflows to the first page.
/// </summary>
internal static class Paging
{
    public static ValidationProblem? Check(int? page, int? pageSize, int maxPageSize, int defaultPageSize)
    {
        if (page is < 1)
        {
            return Problems.Invalid("page", "must be 1 or more.");
        }
        if (pageSize is < 1 || pageSize > maxPageSize)
        {
            return Problems.Invalid("pageSize", $"must be between 1 and {maxPageSize}.");
        }
        var size = pageSize ?? defaultPageSize;
        var last = (int.MaxValue / size) + 1;
        return page > last ? Problems.Invalid("page", $"must be at most {last} with pageSize {size}: earlier pages hold every record there can be.") : null;
    }

    public static ValidationProblem? CheckCount(int? count, int max) =>
        count is < 1 || count > max ? Problems.Invalid("count", $"must be between 1 and {max}.") : null;
}
