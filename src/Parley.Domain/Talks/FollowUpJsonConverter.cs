using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Domain.Talks;

/// <summary>
/// Reads a follow-up given as an object or, as rounds stored them before follow-ups had owners, as plain text
/// (an open follow-up with no owner and no date). Always writes the object.
/// </summary>
public sealed class FollowUpJsonConverter : JsonConverter<FollowUp>
{
    public override FollowUp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new FollowUp(reader.GetString() ?? "");
        }
        var shape = JsonSerializer.Deserialize<Shape>(ref reader, options) ?? throw new JsonException("a follow-up must be text or an object.");
        return new FollowUp(shape.Text ?? "")
        {
            OwnerParty = shape.OwnerParty, OwnerPerson = shape.OwnerPerson, OwnerGroup = shape.OwnerGroup,
            DueOn = shape.DueOn, Status = shape.Status, Outcome = shape.Outcome,
        };
    }

    public override void Write(Utf8JsonWriter writer, FollowUp value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, new Shape(value.Text, value.OwnerParty, value.OwnerPerson, value.OwnerGroup, value.DueOn, value.Status, value.Outcome), options);
    }

    private sealed record Shape(string? Text, string? OwnerParty, Guid? OwnerPerson, string? OwnerGroup, DateOnly? DueOn, FollowUpStatus Status, int? Outcome);
}
