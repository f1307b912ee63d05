using Parley.Domain.Access;

namespace Parley.Server.Components.Pages.Figures;

/// <summary>The disputed-figure form; names mirror <see cref="Domain.Talks.DisputedFigure"/>.</summary>
public sealed class FigureInput
{
    public string Subject { get; set; } = "";

    public string Unit { get; set; } = "";

    public string? Description { get; set; }

    public Visibility Visibility { get; set; } = Visibility.Public;

    public string? Source { get; set; }

    public List<FigureClaimInput> Claims { get; set; } = [];
}
