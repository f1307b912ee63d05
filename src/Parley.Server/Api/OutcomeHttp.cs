using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Parley.Application.Outcomes;

namespace Parley.Server.Api;

/// <summary>
/// The one mapping from a use case's outcome to HTTP: a refusal becomes RFC 9457 problem details whose status
/// follows <see cref="OutcomeStatus"/> one to one (Invalid 400 with each field, NotFound 404, Forbidden 403,
/// Conflict 409 with the current version). The use case, not the endpoint, decides between 403 and 404.
/// </summary>
internal static class OutcomeHttp
{
    public static Results<TOk, ValidationProblem, ProblemHttpResult> ToHttp<T, TOk>(this Outcome<T> outcome, Func<T, TOk> ok)
        where TOk : IResult
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(ok);
        return outcome.Refusal is { } refusal ? refusal.ToHttp<TOk>() : ok(outcome.Value);
    }

    public static Results<TOk, ValidationProblem, ProblemHttpResult> ToHttp<TOk>(this Refusal refusal)
        where TOk : IResult
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.Status == OutcomeStatus.Invalid)
        {
            return refusal.Errors.Count == 0
                ? Problems.Invalid("request", refusal.Message)
                : Problems.Invalid(refusal.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
        }
        return Problem(refusal);
    }

    /// <summary>A refusal other than Invalid as problem details.</summary>
    public static ProblemHttpResult Problem(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var (status, title) = refusal.Status switch
        {
            OutcomeStatus.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            OutcomeStatus.Forbidden => (StatusCodes.Status403Forbidden, "Not allowed"),
            OutcomeStatus.Conflict => (StatusCodes.Status409Conflict, "Conflict"),
            OutcomeStatus.Invalid => (StatusCodes.Status400BadRequest, "Invalid input"),
            _ => throw new ArgumentException("A successful outcome is not a problem.", nameof(refusal)),
        };
        var details = new ProblemDetails { Status = status, Title = title, Detail = refusal.Message };
        if (refusal.Status == OutcomeStatus.Conflict)
        {
            details.Extensions["currentVersion"] = refusal.CurrentVersion;
        }
        if (refusal.Code is { } code)
        {
            details.Extensions["code"] = code;
        }
        return TypedResults.Problem(details);
    }
}
