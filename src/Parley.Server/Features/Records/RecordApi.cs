using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Parley.Domain.Records;
using Parley.Server.Api;
using Parley.Server.Auth;
using Parley.Application.Talks;

namespace Parley.Server.Features.Records;

/// <summary>The five endpoints of one record kind under /api/{path}.</summary>
internal static class RecordApi
{
    public static RouteGroupBuilder MapRecordApi<T>(this IEndpointRouteBuilder app, string path, string tag)
        where T : TalkRecord
    {
        var group = app.MapGroup("/api/" + path).WithTags(tag);
        group.MapGet("/", ListAsync<T>).WithName("List" + tag);
        group.MapGet("/{id:guid}", GetAsync<T>).WithName("Get" + tag);
        var writes = group.MapGroup("").RequireAuthorization(ParleyPolicies.Writer);
        writes.MapPost("/", CreateAsync<T>).Accepts<T>("application/json").WithName("Create" + tag);
        writes.MapPut("/{id:guid}", UpdateAsync<T>).Accepts<T>("application/json").WithName("Update" + tag);
        writes.MapDelete("/{id:guid}", DeleteAsync<T>).WithName("Delete" + tag);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<T>>> ListAsync<T>(HttpContext context, ITalksReader reader, CancellationToken cancellationToken)
        where T : TalkRecord =>
        TypedResults.Ok(await reader.ListAsync<T>(context.ToViewer(), cancellationToken));

    private static async Task<Results<Ok<T>, NotFound<ProblemDetails>>> GetAsync<T>(Guid id, HttpContext context, ITalksReader reader, CancellationToken cancellationToken)
        where T : TalkRecord =>
        await reader.GetAsync<T>(context.ToViewer(), id, cancellationToken) is { } record
            ? TypedResults.Ok(record)
            : Problems.NotFound();

    private static async Task<Results<Created<T>, ValidationProblem, ProblemHttpResult>> CreateAsync<T>(HttpRequest request, IRecordWriter writer, CancellationToken cancellationToken)
        where T : TalkRecord
    {
        var (record, errors) = await JsonBody.ReadAsync<T>(request, cancellationToken);
        if (record is null)
        {
            return Problems.Invalid(errors!);
        }
        var result = await writer.CreateAsync(request.HttpContext.ToViewer(), record, cancellationToken);
        return result.ToHttp(created => TypedResults.Created($"{request.Path.Value?.TrimEnd('/')}/{created.Id}", created));
    }

    private static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> UpdateAsync<T>(
        Guid id, HttpRequest request, IRecordWriter writer, CancellationToken cancellationToken)
        where T : TalkRecord
    {
        var (record, errors) = await JsonBody.ReadAsync<T>(request, cancellationToken);
        if (record is null)
        {
            return Problems.Invalid(errors!);
        }
        if (record.Version < 1)
        {
            return Problems.Invalid("version", "is required: the version of the record you edited (optimistic concurrency).");
        }
        return (await writer.UpdateAsync(request.HttpContext.ToViewer(), id, record, cancellationToken)).ToHttp(TypedResults.Ok);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync<T>(
        Guid id, int? version, HttpContext context, IRecordWriter writer, CancellationToken cancellationToken)
        where T : TalkRecord
    {
        if (version is null)
        {
            return Problems.Invalid("version", "is required: ?version= the version of the record you are deleting.");
        }
        return (await writer.DeleteAsync<T>(context.ToViewer(), id, version.Value, cancellationToken)).ToHttp(_ => TypedResults.NoContent());
    }
}
