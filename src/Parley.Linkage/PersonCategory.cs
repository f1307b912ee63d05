namespace Parley.Linkage;

/// <summary>The registry a person belongs to (person-list contract: <c>military</c>, <c>civilian</c>, <c>child</c>).</summary>
public enum PersonCategory : byte
{
    Unknown = 0,
    Military = 1,
    Civilian = 2,
    Child = 3,
}
