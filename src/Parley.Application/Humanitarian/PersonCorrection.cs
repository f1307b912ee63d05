using Parley.Application.Outcomes;
using Parley.Domain.Humanitarian;

namespace Parley.Application.Humanitarian;

/// <summary>
/// Applies corrected fields, named by the list contract's columns, to a person's sealed details. The side's own id
/// and the category stay: a person moves to another registry by a corrected list, not by a correction.
/// </summary>
internal static class PersonCorrection
{
    private const int MaxField = 400;

    public static readonly IReadOnlyList<string> Columns =
    [
        "family_name", "given_name", "patronymic", "date_of_birth", "sex", "service_number", "rank", "unit", "place_of_birth",
        "citizenship", "date_of_capture", "place_of_capture", "place_of_detention", "health", "notes",
    ];

    /// <summary>The corrected details, or the first field that cannot be taken and why.</summary>
    /// <summary>The priority groups the corrected details put the person in (health, age, time held).</summary>
    public static Domain.Humanitarian.PriorityGroups Priorities(PersonDetails details, DateOnly today)
    {
        // A date that does not parse counts as unknown (precision None), as the import stores it.
        _ = PartialDate.TryParse(details.DateOfBirth, out var birth);
        _ = PartialDate.TryParse(details.DateOfCapture ?? "", out var capture);
        return Domain.Humanitarian.PriorityRules.From(
            details.Health,
            birth.Precision == DatePrecision.None ? null : birth.Year,
            birth.Precision >= DatePrecision.Month ? birth.Month : null,
            birth.Precision == DatePrecision.Day ? birth.Day : null,
            capture.Precision == DatePrecision.Day ? new DateOnly(capture.Year, capture.Month, capture.Day) : null,
            today);
    }

    public static (PersonDetails? Details, Refusal? Refusal) Apply(PersonDetails current, IReadOnlyDictionary<string, string?> fields)
    {
        if (fields.Count == 0)
            return (null, Outcome.Invalid("fields", "name at least one field to correct."));
        var details = current;
        foreach (var (name, raw) in fields)
        {
            var column = name.Trim().ToLowerInvariant();
            var value = raw?.Trim() ?? "";
            if (!Columns.Contains(column))
                return (null, Outcome.Invalid(name, $"not a correctable field; use one of {string.Join(", ", Columns)}."));
            if (value.Length > MaxField)
                return (null, Outcome.Invalid(column, $"at most {MaxField} characters."));
            if (column is "family_name" or "given_name" && value.Length == 0)
                return (null, Outcome.Invalid(column, "cannot be empty."));
            if (column is "date_of_birth" or "date_of_capture")
            {
                if (!PartialDate.TryParse(value, out var date))
                    return (null, Outcome.Invalid(column, $"'{value}' is not a date (YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY or empty)."));
                // Stored as the import stores dates: one normal form.
                value = date.Precision == DatePrecision.None ? "" : date.ToString();
            }
            if (column == "sex" && value is not ("" or "M" or "F"))
                return (null, Outcome.Invalid("sex", "M, F or empty."));
            var text = value.Length == 0 ? null : value;
            details = column switch
            {
                "family_name" => details with { FamilyName = value },
                "given_name" => details with { GivenName = value },
                "patronymic" => details with { Patronymic = value },
                "date_of_birth" => details with { DateOfBirth = value },
                "sex" => details with { Sex = value },
                "service_number" => details with { ServiceNumber = text },
                "rank" => details with { Rank = text },
                "unit" => details with { Unit = text },
                "place_of_birth" => details with { PlaceOfBirth = text },
                "citizenship" => details with { Citizenship = text },
                "date_of_capture" => details with { DateOfCapture = text },
                "place_of_capture" => details with { PlaceOfCapture = text },
                "place_of_detention" => details with { PlaceOfDetention = text },
                "health" => details with { Health = text },
                _ => details with { Notes = text },
            };
        }
        return (details, null);
    }
}
