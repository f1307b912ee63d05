using System.Diagnostics.CodeAnalysis;

namespace Parley.Domain.Humanitarian;

/// <summary>
/// One person of a list, as the person-list contract defines it. Text is trimmed; empty optional
/// fields are <see langword="null"/>. Values are kept as written (no case or script changes); a value that can
/// only be a formula is refused on reading, and one that merely starts like one (<c>+380…</c>) is kept and
/// neutralised when exported (the list reader's <c>FormulaGuard</c> and <c>PersonListWriter</c>).
/// The one person model of the list reader, the linkage engine and the registry (issue 13): the engine reads
/// the names, date of birth and sex, and ignores the rest.
/// </summary>
public sealed record PersonRecord
{
    /// <summary>An empty record, for object initialisers.</summary>
    public PersonRecord()
    {
    }

    /// <summary>The fields the linkage engine compares; an absent patronymic is empty.</summary>
    [SetsRequiredMembers]
    public PersonRecord(
        string id, string familyName, string givenName, string? patronymic, PartialDate dateOfBirth,
        Sex sex = Sex.Unknown, PersonCategory category = PersonCategory.Military)
    {
        Id = id;
        FamilyName = familyName;
        GivenName = givenName;
        Patronymic = patronymic ?? "";
        DateOfBirth = dateOfBirth;
        Sex = sex;
        Category = category;
    }

    /// <summary>The 1-based line of the file where the row starts (the header is line 1 in most files).</summary>
    public long Line { get; init; }

    /// <summary>The submitting side's own identifier, unique within the file.</summary>
    public required string Id { get; init; }

    /// <summary>Surname, in Cyrillic or any Latin transliteration.</summary>
    public required string FamilyName { get; init; }

    /// <summary>First name.</summary>
    public required string GivenName { get; init; }

    /// <summary>Patronymic, or empty.</summary>
    public string Patronymic { get; init; } = "";

    /// <summary>Date of birth with the precision the list gave.</summary>
    public PartialDate DateOfBirth { get; init; }

    /// <summary>Sex, or <see cref="Sex.Unknown"/> when empty.</summary>
    public Sex Sex { get; init; }

    /// <summary>The registry this person belongs in.</summary>
    public PersonCategory Category { get; init; }

    /// <summary><c>service_number</c>.</summary>
    public string? ServiceNumber { get; init; }

    /// <summary><c>rank</c>.</summary>
    public string? Rank { get; init; }

    /// <summary><c>unit</c>.</summary>
    public string? Unit { get; init; }

    /// <summary><c>place_of_birth</c>.</summary>
    public string? PlaceOfBirth { get; init; }

    /// <summary><c>citizenship</c>.</summary>
    public string? Citizenship { get; init; }

    /// <summary><c>date_of_capture</c>, in the same forms as the date of birth.</summary>
    public PartialDate DateOfCapture { get; init; }

    /// <summary><c>place_of_capture</c>.</summary>
    public string? PlaceOfCapture { get; init; }

    /// <summary><c>place_of_detention</c>.</summary>
    public string? PlaceOfDetention { get; init; }

    /// <summary><c>health</c>.</summary>
    public string? Health { get; init; }

    /// <summary><c>notes</c>.</summary>
    public string? Notes { get; init; }

    /// <summary>Columns the contract does not name, by header name as written; empty values are left out.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = EmptyExtra;

    /// <summary>The shared empty <see cref="Extra"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> EmptyExtra =
        new Dictionary<string, string>(0, StringComparer.OrdinalIgnoreCase);
}
