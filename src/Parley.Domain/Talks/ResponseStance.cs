namespace Parley.Domain.Talks;

public enum ResponseStance
{
    NoAnswer,
    Accepts,
    AcceptsWithConditions,
    Declines,
}
