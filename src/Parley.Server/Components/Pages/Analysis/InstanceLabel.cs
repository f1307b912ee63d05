using System.Globalization;
using System.Text.Json;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>
/// The title and note an example instance carries in its JSON, in the reader's language when the instance carries
/// a translation ("translations": {"uk": {"title", "note"}}). The engine's reader ignores them; the page must show
/// them, because they say the numbers are invented.
/// </summary>
internal sealed record InstanceLabel(string Title, string Note)
{
    public static InstanceLabel Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var local = root.TryGetProperty("translations", out var translations) && translations.ValueKind == JsonValueKind.Object
            && translations.TryGetProperty(language, out var inLanguage) && inLanguage.ValueKind == JsonValueKind.Object
            ? inLanguage : default;
        return new InstanceLabel(Text(local, root, "title"), Text(local, root, "note"));
    }

    private static string Text(JsonElement local, JsonElement root, string name) =>
        local.ValueKind == JsonValueKind.Object && local.TryGetProperty(name, out var translated) && translated.ValueKind == JsonValueKind.String
            ? translated.GetString()!
            : root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
