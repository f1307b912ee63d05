using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Application.Minutes;
using Parley.Server.Api;
using Parley.Server.Auth;

namespace Parley.Server.Features.Minutes;

/// <summary>The request body of a chair's save.</summary>
public sealed record MinutesEditDto(string Text, string Language, int ExpectedVersion);

/// <summary>A draft from the record.</summary>
public sealed record MinutesDraftDto(string Language, string Title, string Text);

/// <summary>
/// A round's minutes: the draft from the record, the chair's saved versions, the statement a party's key signs, the
/// signed notes, and PDF/DOCX exports. Thin over <c>Parley.Application.Minutes</c>; reads follow the round's visibility.
/// </summary>
public static class MinutesEndpoints
{
    public static RouteGroupBuilder MapMinutes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rounds/{id:guid}/minutes").WithTags("Minutes");
        group.MapGet("/", GetAsync).WithSummary("The minutes as the chair last saved them, with version, SHA-256 and each party's verified signatures.");
        group.MapGet("/draft", DraftAsync).WithSummary("?lang=en|uk|ru: minutes drafted from the record (meeting, attendance, agenda, outcomes, follow-ups, statements).");
        group.MapPut("/", SaveAsync).RequireAuthorization(ParleyPolicies.Mediator)
            .WithSummary("The chair saves the minutes as the next version; expectedVersion is the version edited (0 the first time; 409 when another came since).");
        group.MapGet("/statement.txt", StatementAsync)
            .WithSummary("The statement a party's key signs to agree the current version: `parley sign --kind round-minutes --key KEY minutes.txt`.");
        group.MapPost("/signatures", SignAsync).RequireAuthorization(ParleyPolicies.Writer).WithBodyLimit(BodyLimits.SignedNote)
            .WithSummary("A party's signed note on the current version (application/octet-stream body), verified against the party-key registry.");
        group.MapGet("/export", ExportAsync).WithSummary("?format=pdf|docx|text&lang=en|uk|ru: the saved minutes with hash and signatures, or the draft while none is saved.");
        return group;
    }

    private static async Task<Results<Ok<MinutesView>, ValidationProblem, ProblemHttpResult>> GetAsync(HttpContext http, ReadMinutes read, Guid id, CancellationToken cancellationToken) =>
        (await read.RunAsync(http.ToViewer(), id, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<MinutesDraftDto>, ValidationProblem, ProblemHttpResult>> DraftAsync(HttpContext http, DraftMinutes draft, Guid id, string? lang, CancellationToken cancellationToken) =>
        (await draft.RunAsync(http.ToViewer(), id, lang, cancellationToken)).ToHttp(d => TypedResults.Ok(new MinutesDraftDto(d.Language, d.Title, d.ToText())));

    private static async Task<Results<Ok<MinutesView>, ValidationProblem, ProblemHttpResult>> SaveAsync(HttpContext http, SaveMinutes save, Guid id, MinutesEditDto body, CancellationToken cancellationToken) =>
        (await save.RunAsync(http.ToViewer(), id, new MinutesEdit(body.Text, body.Language, body.ExpectedVersion), cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> StatementAsync(HttpContext http, ReadMinutes read, Guid id, CancellationToken cancellationToken) =>
        (await read.RunAsync(http.ToViewer(), id, cancellationToken))
            .ToHttp(v => TypedResults.Text(MinutesStatement.For(v.Round, v.Number, v.Version, v.Hash).ToText(), "text/plain; charset=utf-8"));

    private static async Task<Results<Created<MinutesSignatureView>, ValidationProblem, ProblemHttpResult>> SignAsync(HttpContext http, SignMinutes sign, Guid id, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(http.Request.Body, System.Text.Encoding.UTF8);
        var note = await reader.ReadToEndAsync(cancellationToken);
        return (await sign.RunAsync(http.ToViewer(), id, note, cancellationToken)).ToHttp(v => TypedResults.Created($"/api/rounds/{id}/minutes", v));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(HttpContext http, ExportMinutes export, Guid id, string? format, string? lang, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<MinutesFormat>(format ?? "pdf", ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
            return Problems.Invalid("format", $"'{format}' is not one of pdf, docx, text");
        var (type, extension) = chosen switch
        {
            MinutesFormat.Docx => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            MinutesFormat.Pdf => ("application/pdf", "pdf"),
            _ => ("text/plain; charset=utf-8", "txt"),
        };
        return (await export.RunAsync(http.ToViewer(), id, chosen, lang, cancellationToken))
            .ToHttp(bytes => TypedResults.File(bytes, type, $"minutes-{id}.{extension}"));
    }
}
