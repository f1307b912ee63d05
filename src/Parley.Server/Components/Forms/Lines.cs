namespace Parley.Server.Components.Forms;

/// <summary>Lists entered one item per line in a text area.</summary>
internal static class Lines
{
    public static List<string> Split(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public static string Join(IEnumerable<string> items) => string.Join("\n", items);

    public static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
