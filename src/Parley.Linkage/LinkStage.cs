namespace Parley.Linkage;

/// <summary>Stages reported through <see cref="LinkProgress"/>.</summary>
public enum LinkStage : byte
{
    Normalising = 0,
    Blocking = 1,
    Estimating = 2,
    Comparing = 3,
    Assigning = 4,
    Done = 5,
}
