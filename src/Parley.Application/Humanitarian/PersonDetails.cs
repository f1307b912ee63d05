using Parley.Domain.Humanitarian;

namespace Parley.Application.Humanitarian;

/// <summary>
/// The personal data of a listed person as it is sealed at rest and shown to those allowed: every
/// contract column, as written, in the script it was entered in.
/// </summary>
public sealed record PersonDetails(
    string SourceId,
    string FamilyName,
    string GivenName,
    string Patronymic,
    string DateOfBirth,
    string Sex,
    string Category,
    string? ServiceNumber,
    string? Rank,
    string? Unit,
    string? PlaceOfBirth,
    string? Citizenship,
    string? DateOfCapture,
    string? PlaceOfCapture,
    string? PlaceOfDetention,
    string? Health,
    string? Notes,
    IReadOnlyDictionary<string, string> Extra)
{
    public string FullName => string.IsNullOrEmpty(Patronymic) ? $"{FamilyName} {GivenName}" : $"{FamilyName} {GivenName} {Patronymic}";

    public static PersonDetails From(PersonRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.FamilyName, r.GivenName, r.Patronymic, r.DateOfBirth.ToString(),
            r.Sex switch { Domain.Humanitarian.Sex.Male => "M", Domain.Humanitarian.Sex.Female => "F", _ => "" },
            r.Category.ToString().ToLowerInvariant(), r.ServiceNumber, r.Rank, r.Unit, r.PlaceOfBirth, r.Citizenship,
            r.DateOfCapture.Precision == DatePrecision.None ? null : r.DateOfCapture.ToString(),
            r.PlaceOfCapture, r.PlaceOfDetention, r.Health, r.Notes,
            new SortedDictionary<string, string>(r.Extra.ToDictionary(), StringComparer.Ordinal));
    }

    /// <summary>
    /// The person as a list row again (the inverse of <see cref="From"/> on every field the list reader fills
    /// except <see cref="PersonRecord.Line"/>), under <paramref name="id"/>: the registry's input to the linkage
    /// engine, the same record the CLI's <c>parley link</c> reads from the file (issue 13).
    /// </summary>
    public PersonRecord ToRecord(string id) => new()
    {
        Id = id,
        FamilyName = FamilyName,
        GivenName = GivenName,
        Patronymic = Patronymic ?? "",
        DateOfBirth = PartialDate.TryParse(DateOfBirth, out var birth) ? birth : PartialDate.None,
        Sex = Sex switch { "M" => Domain.Humanitarian.Sex.Male, "F" => Domain.Humanitarian.Sex.Female, _ => Domain.Humanitarian.Sex.Unknown },
        Category = Enum.TryParse<PersonCategory>(Category, ignoreCase: true, out var category) ? category : PersonCategory.Civilian,
        ServiceNumber = ServiceNumber,
        Rank = Rank,
        Unit = Unit,
        PlaceOfBirth = PlaceOfBirth,
        Citizenship = Citizenship,
        DateOfCapture = PartialDate.TryParse(DateOfCapture, out var capture) ? capture : PartialDate.None,
        PlaceOfCapture = PlaceOfCapture,
        PlaceOfDetention = PlaceOfDetention,
        Health = Health,
        Notes = Notes,
        Extra = Extra.Count == 0 ? PersonRecord.EmptyExtra : new Dictionary<string, string>(Extra, StringComparer.OrdinalIgnoreCase),
    };
}
