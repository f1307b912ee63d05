using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Components.Forms;

namespace Parley.Server.Components.Forms;

/// <summary>
/// Puts the domain's field-named errors ("EndsOn", "Delegations[1].Party") beside the form inputs they belong
/// to. A form model mirrors the record's property names, so a path walks the model; an error whose field the
/// form has no input for goes to the form as a whole.
/// </summary>
internal static class FieldErrors
{
    public static void Apply(ValidationMessageStore store, object model, IReadOnlyDictionary<string, string[]> errors, Func<string, string> say)
    {
        foreach (var (path, reasons) in errors)
        {
            store.Add(Locate(model, path), reasons.Select(say));
        }
    }

    public static FieldIdentifier Locate(object model, string path)
    {
        object current = model;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var (name, index) = Split(parts[i]);
            var property = current.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                return new FieldIdentifier(model, string.Empty);
            }
            var last = i == parts.Length - 1;
            if (index is null)
            {
                if (last)
                {
                    return new FieldIdentifier(current, name);
                }
                current = property.GetValue(current) ?? model;
                continue;
            }
            if (property.GetValue(current) is not IList list || index >= list.Count || list[index.Value] is not { } item)
            {
                return new FieldIdentifier(current, name);
            }
            if (last)
            {
                // A list of plain values (one outcome per line) has one input: the list's.
                return new FieldIdentifier(current, name);
            }
            current = item;
        }
        return new FieldIdentifier(model, string.Empty);
    }

    private static (string Name, int? Index) Split(string part)
    {
        var open = part.IndexOf('[', StringComparison.Ordinal);
        if (open < 0 || !part.EndsWith(']'))
        {
            return (part, null);
        }
        return int.TryParse(part.AsSpan(open + 1, part.Length - open - 2), out var index)
            ? (part[..open], index)
            : (part[..open], null);
    }
}
