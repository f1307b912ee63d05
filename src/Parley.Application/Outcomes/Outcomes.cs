namespace Parley.Application.Outcomes;

/// <summary>Makes outcomes: <c>return Outcome.Ok(value);</c> or <c>return Outcome.NotFound("batch");</c>.</summary>
public static class Outcome
{
    public static Outcome<T> Ok<T>(T value) => new(value, null);

    public static Refusal Invalid(string field, string reason) =>
        new(OutcomeStatus.Invalid, $"{field}: {reason}") { Errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [reason] } };

    public static Refusal Invalid(IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var message = "The change was refused: " + string.Join("; ", errors.Select(e => $"{e.Key} {string.Join(" ", e.Value)}"));
        return new(OutcomeStatus.Invalid, message) { Errors = new Dictionary<string, string[]>(errors, StringComparer.Ordinal) };
    }

    /// <summary>Invalid without a field to name (the whole request, or a file).</summary>
    public static Refusal Invalid(string message) => new(OutcomeStatus.Invalid, message);

    public static Refusal NotFound(string what) => new(OutcomeStatus.NotFound, $"No such {what}, or none you may see.");

    public static Refusal Forbidden(string message) => new(OutcomeStatus.Forbidden, message);

    public static Refusal Conflict(string message, int? currentVersion = null) =>
        new(OutcomeStatus.Conflict, message) { CurrentVersion = currentVersion };

    /// <summary>The edit conflict of optimistic concurrency: someone else changed or deleted the thing first.</summary>
    public static Refusal EditConflict(int? currentVersion) => Conflict(currentVersion is null
        ? "The record was deleted by someone else."
        : $"The record was changed by someone else: it is now at version {currentVersion}. Reload it and apply your change again.",
        currentVersion);
}
