namespace Parley.Linkage;

/// <summary>Stages reported through <see cref="LinkProgress"/>.</summary>
public enum LinkStage : byte
{
    /// <summary>Romanising and normalising names and dates.</summary>
    Normalising = 0,
    /// <summary>Finding candidate pairs that share a blocking key.</summary>
    Blocking = 1,
    /// <summary>Estimating the model's weights (expectation–maximisation).</summary>
    Estimating = 2,
    /// <summary>Scoring every candidate pair.</summary>
    Comparing = 3,
    /// <summary>Choosing one partner per record.</summary>
    Assigning = 4,
    /// <summary>Finished.</summary>
    Done = 5,
}
