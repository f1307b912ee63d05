using System.Text.Json;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>
/// The title and note an example instance carries in its JSON. The engine's reader ignores them; the page must show
/// them, because they say the numbers are invented.
/// </summary>
internal sealed record InstanceLabel(string Title, string Note)
{
    public static InstanceLabel Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new InstanceLabel(Text(root, "title"), Text(root, "note"));
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
