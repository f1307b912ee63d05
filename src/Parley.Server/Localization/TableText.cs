namespace Parley.Server.Localization;

/// <summary>Marker type naming the text resources of running the table (TableText.resx, TableText.uk.resx, TableText.ru.resx).</summary>
internal sealed class TableText;
