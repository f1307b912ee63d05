namespace Parley.Data.Humanitarian;

/// <summary>Where a found pair stands.</summary>
public enum LinkStatus
{
    /// <summary>Uncertain: in the review queue.</summary>
    Review,

    /// <summary>The engine was confident, or an officer confirmed it.</summary>
    Confirmed,

    /// <summary>An officer decided these are two different people.</summary>
    Rejected,
}
