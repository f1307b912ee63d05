namespace Parley.Linkage.Normalisation;

/// <summary>Which name field a token comes from; the equivalence table differs per kind.</summary>
internal enum NameKind : byte
{
    Given = 0,
    Patronymic = 1,
}
