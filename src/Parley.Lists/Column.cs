namespace Parley.Lists;

/// <summary>The columns the contract names; the order is the export order.</summary>
internal enum Column
{
    Id,
    FamilyName,
    GivenName,
    Patronymic,
    DateOfBirth,
    Sex,
    Category,
    ServiceNumber,
    Rank,
    Unit,
    PlaceOfBirth,
    Citizenship,
    DateOfCapture,
    PlaceOfCapture,
    PlaceOfDetention,
    Health,
    Notes,
}
