namespace Parley.Server.Api;

/// <summary>Turns the domain's field paths ("Revisions[0].DueOn") into the JSON names clients send ("revisions[0].dueOn").</summary>
internal static class FieldNames
{
    public static string ToJson(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    public static Dictionary<string, string[]> ToJson(IDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => ToJson(e.Key), e => e.Value, StringComparer.Ordinal);
}
