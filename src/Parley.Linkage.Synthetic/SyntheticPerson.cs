namespace Parley.Linkage.Synthetic;

/// <summary>The true identity behind records: name forms in both languages, sex, date of birth, category.</summary>
internal sealed record SyntheticPerson(
    string Surname,
    bool RussianOrigin,
    GivenName Given,
    GivenName Father,
    Sex Sex,
    DateOnly DateOfBirth,
    PersonCategory Category);
