namespace Parley.Server.Localization;

/// <summary>Marker type naming the humanitarian pages' text resources (HumText.resx, HumText.uk.resx, HumText.ru.resx).</summary>
internal sealed class HumText;
