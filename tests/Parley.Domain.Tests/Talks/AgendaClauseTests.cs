using System.Text.Json;
using Parley.Domain.Talks;
using Parley.Domain.Validation;

namespace Parley.Domain.Tests.Talks;

public sealed class AgendaClauseTests
{
    private static readonly Guid Text = Guid.Parse("0b7c1d5e-0000-4000-8000-000000000001");

    private static Round Round4(params string[] clauses) => new()
    {
        Number = 4,
        Venue = "Çırağan Palace",
        StartsOn = new DateOnly(2026, 12, 16),
        Agenda = [new("Prisoners") { Clauses = [.. clauses.Select(c => new ClauseRef(Text, c))] }],
    };

    [Theory]
    [InlineData("2.1")]
    [InlineData("12.10")]
    public void Validate_agenda_item_naming_a_clause_number_is_valid(string number)
    {
        var errors = new ValidationErrors();
        Round4(number).Validate(errors);
        Assert.False(errors.Has("Agenda[0].Clauses"));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("2.1.3")]
    [InlineData("0.1")]
    [InlineData("a.1")]
    [InlineData("")]
    public void Validate_agenda_item_naming_a_malformed_clause_names_the_field(string number)
    {
        var errors = new ValidationErrors();
        Round4("1.1", number).Validate(errors);
        Assert.True(errors.Has("Agenda[0].Clauses"));
    }

    [Fact]
    public void Json_agenda_item_round_trips_its_clauses_and_leaves_them_out_when_none()
    {
        var json = JsonSerializer.Serialize(Round4("2.1").Agenda, JsonSerializerOptions.Web);
        using (var document = JsonDocument.Parse(json))
        {
            var clause = document.RootElement[0].GetProperty("clauses")[0];
            Assert.Equal((Text, "2.1"), (clause.GetProperty("text").GetGuid(), clause.GetProperty("number").GetString()));
        }
        Assert.Equal([new ClauseRef(Text, "2.1")], JsonSerializer.Deserialize<List<AgendaItem>>(json, JsonSerializerOptions.Web)![0].Clauses);
        Assert.DoesNotContain("clauses", JsonSerializer.Serialize(Round4().Agenda, JsonSerializerOptions.Web), StringComparison.Ordinal);
    }
}
