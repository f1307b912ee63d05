using Parley.Analysis;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>The illustrative Istanbul instance, public, with what-if sliders (<see cref="AnalysisWorkbench"/>).</summary>
public partial class AnalysisPage
{
    private static readonly InstanceLabel Label = InstanceLabel.Of(Examples.Istanbul2025Json);

    // Computed once per circuit (a few milliseconds); the workbench replaces it with its edits.
    private NegotiationAnalysis Illustrative { get; } = NegotiationAnalysis.Create(Examples.Istanbul2025());
}
