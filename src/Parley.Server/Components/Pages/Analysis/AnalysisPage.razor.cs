using Microsoft.AspNetCore.Components;
using Parley.Analysis;
using Parley.Analysis.Model;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>
/// The illustrative Istanbul instance with what-if sliders. Each circuit holds one immutable
/// <see cref="NegotiationAnalysis"/>; a slider replaces it with the engine's edit (a reservation re-uses the frontier,
/// a weight redoes that issue's merges), which on this instance is far below a frame, so no debounce is needed.
/// </summary>
public partial class AnalysisPage
{
    private static readonly InstanceLabel Label = InstanceLabel.Of(Examples.Istanbul2025Json);

    private string? _error;

    private NegotiationAnalysis Current { get; set; } = NegotiationAnalysis.Create(Examples.Istanbul2025());

    private void SetReservation(int party, ChangeEventArgs e) =>
        Apply(e, value => Current.WithReservation(party, value));

    private void SetWeight(WeightChange change) =>
        Apply(change.Weight, value => Current.WithWeight(change.Party, change.Issue, value));

    private void Reset()
    {
        _error = null;
        Current = NegotiationAnalysis.Create(Examples.Istanbul2025());
    }

    private void Apply(ChangeEventArgs e, Func<double, NegotiationAnalysis> edit)
    {
        if (AnalysisFormat.TryParse(e.Value, out var value))
        {
            Apply(value, edit);
        }
    }

    // A rejected edit (all of a party's weights at zero) leaves the last valid analysis in place and says why.
    private void Apply(double value, Func<double, NegotiationAnalysis> edit)
    {
        try
        {
            Current = edit(value);
            _error = null;
        }
        catch (InvalidInstanceException ex)
        {
            _error = ex.Message;
        }
    }
}
