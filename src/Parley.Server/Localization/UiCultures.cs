using System.Globalization;

namespace Parley.Server.Localization;

/// <summary>The interface languages and the cookie that carries each user's choice.</summary>
internal static class UiCultures
{
    public static readonly IReadOnlyList<CultureInfo> Supported =
        [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("uk"), CultureInfo.GetCultureInfo("ru")];

    public static bool IsSupported(string? name) =>
        name is not null && Supported.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string ShortLabel(CultureInfo culture) => culture.Name switch
    {
        "uk" => "УКР",
        "ru" => "РУС",
        _ => "EN",
    };
}
