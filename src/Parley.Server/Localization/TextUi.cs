namespace Parley.Server.Localization;

/// <summary>Marker type naming the text resources of the negotiating-text pages (TextUi.resx, TextUi.uk.resx, TextUi.ru.resx).</summary>
internal sealed class TextUi;
