using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Rounds;

/// <summary>The round form; property names mirror <see cref="Domain.Talks.Round"/> so the domain's errors land on their inputs.</summary>
public sealed class RoundInput
{
    public int Number { get; set; }

    public string Venue { get; set; } = "";

    public string? City { get; set; }

    public string? HostParty { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int? DurationMinutes { get; set; }

    public Guid? Chair { get; set; }

    public Visibility Visibility { get; set; } = Visibility.Public;

    public string? Source { get; set; }

    public MeetingFormat? Format { get; set; }

    public List<AgendaItemInput> Agenda { get; set; } = [];

    /// <summary>One item per line.</summary>
    public string Outcomes { get; set; } = "";

    public List<FollowUpInput> FollowUps { get; set; } = [];

    public List<SeatInput> Delegations { get; set; } = [];
}
