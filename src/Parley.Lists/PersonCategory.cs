namespace Parley.Lists;

/// <summary>The <c>category</c> column, which names the registry a row is filed in.</summary>
public enum PersonCategory
{
    /// <summary><c>military</c>: a prisoner of war.</summary>
    Military,

    /// <summary><c>civilian</c>: a civilian detainee.</summary>
    Civilian,

    /// <summary><c>child</c>.</summary>
    Child,
}
