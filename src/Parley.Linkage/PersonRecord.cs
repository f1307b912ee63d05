namespace Parley.Linkage;

/// <summary>
/// One row of a person list as the engine sees it: names as written (any script, any
/// transliteration), a date of birth of known precision, sex and category. The engine never
/// changes a record; normalised forms are computed once per distinct name inside
/// <see cref="PersonLinker"/>.
/// </summary>
/// <param name="Id">The submitting side's own identifier, unique within its list.</param>
/// <param name="FamilyName">Surname as written.</param>
/// <param name="GivenName">First name as written.</param>
/// <param name="Patronymic">Patronymic as written, or null/empty when absent.</param>
/// <param name="DateOfBirth">Date of birth with its precision; <see cref="PartialDate.None"/> when empty.</param>
/// <param name="Sex">Sex, or <see cref="Sex.Unknown"/>.</param>
/// <param name="Category">Registry category.</param>
/// <param name="Extras">Further columns kept as written (service number, rank, unknown columns).</param>
public sealed record PersonRecord(
    string Id,
    string FamilyName,
    string GivenName,
    string? Patronymic,
    PartialDate DateOfBirth,
    Sex Sex = Sex.Unknown,
    PersonCategory Category = PersonCategory.Unknown,
    IReadOnlyDictionary<string, string>? Extras = null);
