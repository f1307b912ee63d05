using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Domain.Talks;

/// <summary>Reads an agenda item given as an object or, as rounds stored them before items had links, as plain text.</summary>
public sealed class AgendaItemJsonConverter : JsonConverter<AgendaItem>
{
    public override AgendaItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new AgendaItem(reader.GetString() ?? "");
        }
        var shape = JsonSerializer.Deserialize<Shape>(ref reader, options) ?? throw new JsonException("an agenda item must be text or an object.");
        return new AgendaItem(shape.Text ?? "") { Issue = shape.Issue, FollowUps = shape.FollowUps ?? [], Clauses = shape.Clauses ?? [] };
    }

    public override void Write(Utf8JsonWriter writer, AgendaItem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, new Shape(value.Text, value.Issue, [.. value.FollowUps], value.Clauses.Count == 0 ? null : [.. value.Clauses]), options);
    }

    // Clauses are left out when there are none, so rounds written before agenda items named clauses keep their bytes.
    private sealed record Shape(string? Text, NegotiationIssue? Issue, List<FollowUpRef>? FollowUps, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<ClauseRef>? Clauses = null);
}
