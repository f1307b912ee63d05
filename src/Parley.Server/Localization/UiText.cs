namespace Parley.Server.Localization;

/// <summary>Marker type naming the interface-text resources (UiText.resx, UiText.uk.resx, UiText.ru.resx).</summary>
internal sealed class UiText;
