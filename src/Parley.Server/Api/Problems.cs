using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Parley.Server.Api;

/// <summary>RFC 9457 problem details for the outcomes of a write.</summary>
internal static class Problems
{
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(FieldNames.ToJson(errors), detail: "The change was refused; nothing was stored.", title: "Invalid input");

    public static ValidationProblem Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] }, detail: $"{field}: {reason}", title: "Invalid input");

    public static ProblemHttpResult Forbidden(string? message) =>
        TypedResults.Problem(message, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");

    public static NotFound<ProblemDetails> NotFound(string what = "record") =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = $"No such {what}, or none you may see." });
}
