using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian.Review;

/// <summary>
/// Which decided pairs to list for a spot check: by status and decider (the engine or a person), lacking any of the
/// named evidence (<see cref="Linking.LinkWaterfall.GapNames"/> flags), lowest or highest score first, or
/// <paramref name="Random"/> pairs drawn with <paramref name="Seed"/> (the same seed draws the same pairs).
/// </summary>
public sealed record SpotCheckQuery(
    LinkStatus? Status = LinkStatus.Confirmed,
    SpotCheckDecider Decider = SpotCheckDecider.Anyone,
    int Lacks = 0,
    bool HighestFirst = false,
    int? Random = null,
    int? Seed = null,
    int Page = 1,
    int PageSize = 50)
{
    public const int MaxPageSize = 200;
}

/// <summary>Who made the pair's current decision.</summary>
public enum SpotCheckDecider
{
    Anyone,
    Engine,
    Person,
}
