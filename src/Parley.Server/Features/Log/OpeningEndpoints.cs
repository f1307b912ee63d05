using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Server.Auth;
using Parley.Application.Log;
using Parley.Application.Talks;

namespace Parley.Server.Features.Log;

/// <summary>
/// <c>GET /log/openings</c>: the salts of the non-public records the caller may read, so that <c>parley verify</c>
/// checks each against its commitment in the log (anonymous callers see public records only, hence get none), and
/// the records made non-public after a public version, so that their absence from the public view is explained.
/// </summary>
public static class OpeningEndpoints
{
    /// <summary>Maps <c>/log/openings</c>.</summary>
    public static RouteHandlerBuilder MapOpenings(this IEndpointRouteBuilder app) =>
        app.MapGet("/log/openings", ListAsync).WithTags("Log");

    private static async Task<Ok<RecordOpenings>> ListAsync(
        HttpContext context, ITalksReader reader, LogReader logReader, CancellationToken cancellationToken)
    {
        var viewer = context.ToViewer();
        List<(string Path, TalkRecord Record)> hidden = [];
        await AddAsync<Party>("parties");
        await AddAsync<Person>("persons");
        await AddAsync<Round>("rounds");
        await AddAsync<SummitProposal>("summits");
        await AddAsync<Deadline>("deadlines");
        await AddAsync<Position>("positions");
        await AddAsync<Statement>("statements");
        await AddAsync<Incident>("incidents");
        await AddAsync<DisputedFigure>("figures");
        await AddAsync<Note>("notes");
        List<RecordOpeningDto> openings = [];
        await using var log = await logReader.OpenAsync(cancellationToken);
        var store = log.Store;
        var withdrawn = await store.WithdrawnAsync(cancellationToken);
        foreach (var (path, record) in hidden)
        {
            if (await store.LatestOpeningAsync(record.Id.ToString(), cancellationToken) is { } opening)
            {
                openings.Add(new RecordOpeningDto(path, record.Id, opening.Version, opening.Seq, Convert.ToBase64String(opening.Salt)));
            }
        }
        return TypedResults.Ok(new RecordOpenings(openings, [.. withdrawn.Select(w => new WithdrawnRecordDto(w.RecordId, w.Seq))]));

        async Task AddAsync<T>(string path)
            where T : TalkRecord
        {
            foreach (var record in await reader.ListAsync<T>(viewer, cancellationToken))
            {
                if (record.Visibility != Visibility.Public)
                {
                    hidden.Add((path, record));
                }
            }
        }
    }
}
