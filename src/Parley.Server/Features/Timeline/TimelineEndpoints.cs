using Parley.Domain.Records;
using Parley.Server.Api;
using Parley.Server.Auth;
using Parley.Application.Talks;

namespace Parley.Server.Features.Timeline;

public static class TimelineEndpoints
{
    public static RouteGroupBuilder MapTimeline(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/timeline").WithTags("Timeline");
        group.MapGet("/", ReadAsync).WithName("Timeline").Produces<TimelinePage>().ProducesValidationProblem()
            .WithSummary("Everything that happened, newest first, filtered by party (code or name), kind and date; 50 a page by default.");
        return group;
    }

    internal static async Task<IResult> ReadAsync(
        HttpContext context,
        ITalksReader reader,
        CachedJson json,
        string? party,
        string? kind,
        DateOnly? from,
        DateOnly? to,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        RecordKind? parsedKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!Enum.TryParse<RecordKind>(kind.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var k) || !Enum.IsDefined(k))
            {
                return Problems.Invalid("kind", $"'{kind}' is not a kind; use one of {string.Join(", ", Enum.GetNames<RecordKind>())}.");
            }
            parsedKind = k;
        }
        string? partyCode = null;
        if (!string.IsNullOrWhiteSpace(party))
        {
            var parties = await reader.PartiesAsync(cancellationToken);
            partyCode = parties.Find(party);
            if (partyCode is null)
            {
                return Problems.Invalid("party", $"'{party}' is not a known party; use a code ({string.Join(", ", parties.Codes.Order())}) or a name.");
            }
        }
        if (from is { } f && to is { } t && t < f)
        {
            return Problems.Invalid("to", $"{t:yyyy-MM-dd} is before from {f:yyyy-MM-dd}.");
        }
        if (Paging.Check(page, pageSize, TimelineQuery.MaxPageSize, TimelineQuery.DefaultPageSize) is { } badPage)
        {
            return badPage;
        }
        var query = new TimelineQuery(partyCode, parsedKind, from, to, page ?? 1, pageSize ?? TimelineQuery.DefaultPageSize);
        var viewer = context.ToViewer();
        var key = $"timeline|{viewer.ScopeKey}|{query}";
        return await json.GetAsync(key, () => reader.TimelineAsync(viewer, query, CancellationToken.None));
    }
}
