using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using Parley.Analysis;
using Parley.Analysis.Model;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>
/// The analysis of one instance with what-if sliders: frontier plot, zone of agreement, solutions, weights and values.
/// The circuit holds one immutable <see cref="NegotiationAnalysis"/>; a slider replaces it with the engine's edit (a
/// reservation re-uses the frontier, a weight or value redoes that issue's merges) and the time the edit took is shown.
/// </summary>
public partial class AnalysisWorkbench
{
    private string? _error;
    private TimeSpan? _lastEdit;
    private NegotiationAnalysis? _current;

    /// <summary>The analysis to start from, and to go back to on reset.</summary>
    [Parameter, EditorRequired] public NegotiationAnalysis Initial { get; set; } = default!;

    [Parameter] public string? ResetText { get; set; }

    private NegotiationAnalysis Current => _current ?? Initial;

    private NegotiationAnalysis? _initial;

    // A new starting analysis (another instance chosen) drops the edits made to the previous one.
    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_initial, Initial))
        {
            _initial = Initial;
            Reset();

            // The sliders are about to be used: the engine prepares every issue's first edit in the background.
            _ = Initial.PrepareWhatIf();
        }
    }

    private void SetReservation(int party, ChangeEventArgs e) =>
        Apply(e.Value, value => Current.WithReservation(party, value));

    private void SetWeight(WeightChange change) =>
        Apply(change.Weight, value => Current.WithWeight(change.Party, change.Issue, value));

    private void SetValue(ValueChange change) =>
        Apply(change.Value, value => Current.WithValue(change.Party, change.Issue, change.Option, value));

    private void Reset()
    {
        _error = null;
        _lastEdit = null;
        _current = null;
    }

    private void Apply(object? raw, Func<double, NegotiationAnalysis> edit)
    {
        if (AnalysisFormat.TryParse(raw, out var value))
        {
            Apply(value, edit);
        }
    }

    // A rejected edit (all of a party's weights at zero) leaves the last valid analysis in place and says why.
    private void Apply(double value, Func<double, NegotiationAnalysis> edit)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            _current = edit(value);
            _lastEdit = Stopwatch.GetElapsedTime(started);
            _error = null;
        }
        catch (InvalidInstanceException ex)
        {
            _error = ex.Message;
        }
    }
}
