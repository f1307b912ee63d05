namespace Parley.Domain.Talks;

/// <summary>A party's value, in [0, 1], of one option of an issue; the option is a recorded position.</summary>
public sealed record ProfileOption(Guid Position, double Value);
