using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Summits;

/// <summary>The summit-proposal form; names mirror <see cref="SummitProposal"/> so the domain's errors land on their inputs.</summary>
public sealed class SummitInput
{
    public string Title { get; set; } = "";

    public string ProposerParty { get; set; } = "";

    public Guid? ProposedBy { get; set; }

    public DateOnly? ProposedOn { get; set; }

    public string[] InviteeParties { get; set; } = [];

    public Guid[] Invitees { get; set; } = [];

    public string Format { get; set; } = "";

    public WindowInput Window { get; set; } = new();

    public List<PreconditionInput> Preconditions { get; set; } = [];

    public List<ResponseInput> Responses { get; set; } = [];

    public SummitStatus Status { get; set; }

    public DateOnly? ScheduledFor { get; set; }

    public string? Venue { get; set; }

    public Visibility Visibility { get; set; } = Visibility.Public;

    public string? Source { get; set; }
}
