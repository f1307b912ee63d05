namespace Parley.Linkage;

/// <summary>How much of a date of birth is known.</summary>
public enum DatePrecision : byte
{
    None = 0,
    Year = 1,
    Month = 2,
    Day = 3,
}
