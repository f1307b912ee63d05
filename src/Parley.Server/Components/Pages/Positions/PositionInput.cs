using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Positions;

/// <summary>The position form; names mirror <see cref="Position"/> so the domain's errors land on their inputs.</summary>
public sealed class PositionInput
{
    public string Party { get; set; } = "";

    public NegotiationIssue Issue { get; set; }

    public DateOnly? StatedOn { get; set; }

    public int Stance { get; set; }

    public string Summary { get; set; } = "";

    public Visibility Visibility { get; set; } = Visibility.Public;

    public string? OwnerParty { get; set; }

    public string? Source { get; set; }
}
