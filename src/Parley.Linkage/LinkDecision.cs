namespace Parley.Linkage;

/// <summary>What the engine proposes for a pair (person-list contract, column <c>decision</c>).</summary>
public enum LinkDecision : byte
{
    /// <summary>Confident one-to-one match.</summary>
    Match = 0,

    /// <summary>Plausible pair a person should look at.</summary>
    Review = 1,
}
