using Microsoft.AspNetCore.Mvc;
using Parley.Application.Text;

namespace Parley.Server.Features.Texts;

/// <summary>The one place a text use case's outcome becomes an HTTP answer (problem details for every refusal).</summary>
internal static class TextResults
{
    /// <summary>A refused query or body field (not a place in a file: line 1, column 1).</summary>
    public static IResult Invalid(string reason) =>
        Answer(new TextOutcome<bool>(TextStatus.Invalid, false, [new Parley.Text.Format.TextParseError(1, 1, reason)], null), _ => TypedResults.Ok());

    public static IResult Answer<T>(TextOutcome<T> outcome, Func<T, IResult> ok) => outcome.Status switch
    {
        TextStatus.Ok => ok(outcome.Value!),
        TextStatus.Invalid => TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid text",
            Detail = string.Join("; ", outcome.Errors.Take(5)) + " — nothing was stored.",
            Extensions = { ["errors"] = outcome.Errors.Select(e => new { line = e.Line, column = e.Column, reason = e.Reason }).ToList() },
        }),
        TextStatus.NotFound => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        TextStatus.Forbidden => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed"),
        TextStatus.Conflict => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status409Conflict, title: "Edit conflict"),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
