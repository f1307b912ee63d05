namespace Parley.Server.Localization;

/// <summary>Marker type naming the text resources of search, history and the inbox (FindText.resx, FindText.uk.resx, FindText.ru.resx).</summary>
internal sealed class FindText;
