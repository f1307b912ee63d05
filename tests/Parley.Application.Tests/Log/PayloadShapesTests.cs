using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Parley.Application.Log;
using Parley.Domain.Records;

namespace Parley.Application.Tests.Log;

/// <summary>
/// Pins the JSON shape of every record kind as the log binds it (<see cref="LogAppender.Content"/>): property names,
/// nesting and enum member names. Renaming any of them changes what new commitments and public entries bind, so
/// that must be a decision (update <c>payload-shapes.txt</c> and say so in the change), never an accident.
/// </summary>
public sealed class PayloadShapesTests
{
    private static readonly string PinnedPath = Path.Combine(AppContext.BaseDirectory, "Log", "payload-shapes.txt");

    [Fact]
    public void LogAppender_content_shapes_match_the_pinned_shapes()
    {
        var actual = Describe();
        var pinned = File.ReadAllText(PinnedPath).ReplaceLineEndings("\n");
        Assert.True(pinned == actual,
            "The log's payload shapes changed. If this is intended, replace tests/Parley.Application.Tests/Log/payload-shapes.txt with:\n" + actual);
    }

    [Fact]
    public void Describe_covers_every_concrete_record_kind()
    {
        var described = Records().Select(t => t.Name).ToHashSet();
        Assert.Contains("Round", described);
        Assert.Contains("Note", described);
        Assert.True(described.Count >= 11, $"only {described.Count} record types found");
    }

    internal static string Describe()
    {
        var options = new JsonSerializerOptions(LogAppender.ContentOptions) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var text = new StringBuilder();
        foreach (var type in Records())
        {
            text.Append("# ").Append(type.Name).Append('\n');
            Walk(options, type, "", text, depth: 0);
        }
        return text.ToString();
    }

    private static IEnumerable<Type> Records() =>
        typeof(TalkRecord).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(TalkRecord)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static void Walk(JsonSerializerOptions options, Type type, string prefix, StringBuilder text, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            text.Append(prefix).Append(" = ").AppendJoin('|', Enum.GetNames(type)).Append('\n');
            return;
        }
        var info = options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when depth < 6:
                foreach (var property in info.Properties.OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    var path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
                    text.Append(path).Append(": ").Append(Simple(property.PropertyType)).Append('\n');
                    Walk(options, property.PropertyType, path, text, depth + 1);
                }
                break;
            case JsonTypeInfoKind.Enumerable when info.ElementType is { } element:
                Walk(options, element, prefix + "[]", text, depth + 1);
                break;
            case JsonTypeInfoKind.Dictionary when info.ElementType is { } value:
                Walk(options, value, prefix + "{}", text, depth + 1);
                break;
        }
    }

    private static string Simple(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type);
        return inner is null ? (type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(",", type.GetGenericArguments().Select(Simple)) + ">" : type.Name) : Simple(inner) + "?";
    }
}
