namespace Parley.Domain.Talks;

/// <summary>A deadline as it was stated ("in 50 days"), kept beside the date it resolves to.</summary>
public sealed record RelativeDeadline(DateOnly IssuedOn, int Days)
{
    /// <summary>The calendar date the stated period ends: the issue date plus the days.</summary>
    public DateOnly ResolvesTo => IssuedOn.AddDays(Days);

    public static RelativeDeadline Create(DateOnly issuedOn, int days) =>
        days > 0
            ? new RelativeDeadline(issuedOn, days)
            : throw new ArgumentOutOfRangeException(nameof(days), days, "A deadline must lie after the day it was issued.");
}
