using Parley.Domain.Talks;
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
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Server.Features.Records;

/// <summary>
/// The JSON API of every kind of record: list and get for anyone (filtered by what they may see), create, update
/// and delete for writers (mediators; delegation members for their own party's drafts).
/// </summary>
public static class RecordEndpoints
{
    public static IEndpointRouteBuilder MapRecords(this IEndpointRouteBuilder app)
    {
        app.MapRecordApi<Party>("parties", "Parties");
        app.MapRecordApi<Person>("persons", "Persons");
        app.MapRecordApi<Round>("rounds", "Rounds");
        app.MapRecordApi<SummitProposal>("summits", "Summits");
        app.MapRecordApi<Deadline>("deadlines", "Deadlines");
        app.MapRecordApi<Position>("positions", "Positions");
        app.MapRecordApi<Statement>("statements", "Statements");
        app.MapRecordApi<Incident>("incidents", "Incidents");
        app.MapRecordApi<DisputedFigure>("figures", "DisputedFigures");
        app.MapRecordApi<Note>("notes", "Notes");
        return app;
    }
}
