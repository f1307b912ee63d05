namespace Parley.Lists;

/// <summary>The container a list came in.</summary>
public enum ListFileKind
{
    /// <summary>Delimited text.</summary>
    Csv,

    /// <summary>An Office Open XML workbook; its first sheet is read.</summary>
    Xlsx,
}
