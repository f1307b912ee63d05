using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Incidents;

/// <summary>The incident form; names mirror <see cref="Incident"/> so the domain's errors land on their inputs.</summary>
public sealed class IncidentInput
{
    public DateOnly? OccurredOn { get; set; }

    public string Place { get; set; } = "";

    public IncidentKind Type { get; set; }

    public string ReportedBy { get; set; } = "";

    public string? AffectedParty { get; set; }

    public string Summary { get; set; } = "";

    public Visibility Visibility { get; set; } = Visibility.Public;

    public string? Source { get; set; }

    public List<ClaimInput> CasualtyClaims { get; set; } = [];
}
