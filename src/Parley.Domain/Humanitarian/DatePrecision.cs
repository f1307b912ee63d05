namespace Parley.Domain.Humanitarian;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>No date.</summary>
    None,

    /// <summary>The year only.</summary>
    Year,

    /// <summary>Year and month.</summary>
    Month,

    /// <summary>Year, month and day.</summary>
    Day,
}
