using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

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

    public static PersonDetails From(Lists.PersonRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.FamilyName, r.GivenName, r.Patronymic, r.DateOfBirth.ToString(),
            r.Sex switch { Lists.Sex.Male => "M", Lists.Sex.Female => "F", _ => "" },
            r.Category.ToString().ToLowerInvariant(), r.ServiceNumber, r.Rank, r.Unit, r.PlaceOfBirth, r.Citizenship,
            r.DateOfCapture.Precision == Lists.DatePrecision.None ? null : r.DateOfCapture.ToString(),
            r.PlaceOfCapture, r.PlaceOfDetention, r.Health, r.Notes,
            new SortedDictionary<string, string>(r.Extra.ToDictionary(), StringComparer.Ordinal));
    }
}
