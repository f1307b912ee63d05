namespace Parley.Domain.Humanitarian;

/// <summary>The registry a listed person belongs in (person-list contract column <c>category</c>).</summary>
public enum PersonCategory
{
    /// <summary>Prisoner of war (Geneva Convention III).</summary>
    Military,

    /// <summary>Civilian detainee or internee (Geneva Convention IV).</summary>
    Civilian,

    /// <summary>A child removed or deported, handled as a case rather than exchanged.</summary>
    Child,
}
