
namespace Parley.Application.Talks;

/// <summary>One page of the timeline, newest first, and how many items the whole filtered timeline has.</summary>
public sealed record TimelinePage(IReadOnlyList<TimelineItem> Items, int Page, int PageSize, int Total)
{
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
