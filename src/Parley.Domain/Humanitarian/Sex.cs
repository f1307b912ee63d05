namespace Parley.Domain.Humanitarian;

/// <summary>The <c>sex</c> column: <c>M</c>, <c>F</c> or empty.</summary>
public enum Sex
{
    /// <summary>Empty in the list.</summary>
    Unknown,

    /// <summary><c>M</c>.</summary>
    Male,

    /// <summary><c>F</c>.</summary>
    Female,
}
