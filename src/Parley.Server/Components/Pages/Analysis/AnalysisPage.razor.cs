using Parley.Analysis;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>
/// The public analysis page: the illustrative Istanbul instance, or a seeded random instance of the benchmarks' kind
/// (three or four parties, shown as pairwise plots), each with what-if sliders (<see cref="AnalysisWorkbench"/>).
/// </summary>
public partial class AnalysisPage
{
    // Per page, not static: the title and note follow the reader's language.
    private InstanceLabel Label => field ??= InstanceLabel.Of(Examples.Istanbul2025Json);

    private DemoInstance _choice = DemoInstance.All[0];

    // Computed per circuit and per choice (milliseconds for Istanbul, a fraction of a second for 4 × 12 × 6).
    private NegotiationAnalysis Current { get; set; } = NegotiationAnalysis.Create(DemoInstance.All[0].Create());

    private void Choose(DemoInstance choice)
    {
        if (choice != _choice)
        {
            _choice = choice;
            Current = NegotiationAnalysis.Create(choice.Create());
        }
    }
}
