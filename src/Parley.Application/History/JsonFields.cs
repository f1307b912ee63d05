using System.Globalization;
using System.Text.Json;

namespace Parley.Application.History;

/// <summary>A record's JSON as field path → value, and the fields two versions differ in.</summary>
internal static class JsonFields
{
    /// <summary>Fields that change with every write and say nothing to a reader.</summary>
    private static readonly HashSet<string> Bookkeeping = ["id", "version", "createdUtc", "updatedUtc", "kind"];

    public static Dictionary<string, string> Flatten(string json)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement, "", fields);
        return fields;
    }

    public static List<FieldChange> Diff(Dictionary<string, string>? before, Dictionary<string, string> after)
    {
        var changes = new List<FieldChange>();
        foreach (var (field, value) in after)
        {
            var old = before?.GetValueOrDefault(field);
            if (old != value)
            {
                changes.Add(new FieldChange(field, old, value));
            }
        }
        if (before is not null)
        {
            changes.AddRange(before.Where(f => !after.ContainsKey(f.Key)).Select(f => new FieldChange(f.Key, f.Value, null)));
        }
        return changes;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (path.Length == 0 && Bookkeeping.Contains(property.Name))
                    {
                        continue;
                    }
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", fields);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{(++i).ToString(CultureInfo.InvariantCulture)}]", fields);
                }
                break;
            case JsonValueKind.Null:
                break;
            case JsonValueKind.String:
                if (element.GetString() is { Length: > 0 } text)
                {
                    fields[path] = text;
                }
                break;
            default:
                fields[path] = element.GetRawText();
                break;
        }
    }
}
