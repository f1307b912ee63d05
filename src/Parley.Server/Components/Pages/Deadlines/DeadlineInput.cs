using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Deadlines;

/// <summary>The deadline form; names mirror <see cref="Deadline"/> so the domain's errors land on their inputs.</summary>
public sealed class DeadlineInput
{
    public string Title { get; set; } = "";

    public string IssuerParty { get; set; } = "";

    public string TargetParty { get; set; } = "";

    public Guid? Issuer { get; set; }

    public string Demand { get; set; } = "";

    public string Consequence { get; set; } = "";

    public DeadlineStatus Status { get; set; }

    public Visibility Visibility { get; set; } = Visibility.Public;

    public string? Source { get; set; }

    public List<RevisionInput> Revisions { get; set; } = [];
}
