using Parley.Analysis.Frontier;
using Parley.Analysis.Model;
using Parley.Analysis.Solutions;

namespace Parley.Analysis;

/// <summary>
/// An analysed instance: its exact Pareto frontier and solutions, and what-if edits that return a new analysis
/// re-using this one's work. A reservation edit re-uses the frontier as it is; a value or weight edit of issue k is one
/// merge of the frontier of all other issues with k's options when that frontier is at hand (for the issue merged last,
/// and for every issue after <see cref="PrepareWhatIf"/>), otherwise the merges from k's place in the merge chain are
/// redone. Instances are immutable, so analyses can be shared between threads and kept as history.
/// </summary>
public sealed class NegotiationAnalysis
{
    private readonly UtilityTable _table;

    private NegotiationAnalysis(NegotiationInstance instance, UtilityTable table, MergeChain chain)
    {
        Instance = instance;
        _table = table;
        Frontier = new ParetoFrontier(chain);
        Result = BargainingSolver.Solve(Frontier, [.. instance.Parties.Select(p => p.Reservation)]);
    }

    /// <summary>The instance analysed.</summary>
    public NegotiationInstance Instance { get; }

    /// <summary>The packages no other package beats for every party.</summary>
    public ParetoFrontier Frontier { get; }

    /// <summary>The agreement zone and the bargaining solutions on the frontier.</summary>
    public AnalysisResult Result { get; }

    /// <summary>Validates the instance and computes its frontier and solutions.</summary>
    /// <exception cref="InvalidInstanceException">The instance breaks the contract.</exception>
    public static NegotiationAnalysis Create(NegotiationInstance instance)
    {
        var table = UtilityTable.From(instance);
        return new NegotiationAnalysis(instance, table, MergeChain.Build(table));
    }

    /// <summary>
    /// Starts computing, in the background, the frontier of all issues but k for every issue k, so that the first
    /// value or weight edit of any issue costs one merge instead of redoing the merge chain from that issue's place.
    /// Analyses made from this one by edits then do the same for themselves (after a short delay, and only the newest
    /// one: a slider's intermediate states never start the work). Edits made before the work is done are exact too;
    /// they just take the longer way. The task ends when the work is done (or superseded).
    /// </summary>
    public Task PrepareWhatIf() => Frontier.Chain.PrepareOutside();

    /// <summary>A party's new reservation value: the frontier is re-used, only the solutions are recomputed.</summary>
    public NegotiationAnalysis WithReservation(int party, double reservation)
    {
        var instance = Replace(party, Instance.Parties[party] with { Reservation = reservation });
        InstanceValidator.Validate(instance);
        return new NegotiationAnalysis(instance, _table, Frontier.Chain);
    }

    /// <summary>A party's new value of one option of one issue (one merge when prepared, see the class summary).</summary>
    public NegotiationAnalysis WithValue(int party, int issue, int option, double value)
    {
        var old = Instance.Parties[party];
        var values = old.Values.Select(v => (IReadOnlyList<double>)[.. v]).ToArray();
        values[issue] = [.. old.Values[issue].Select((v, k) => k == option ? value : v)];
        var instance = Replace(party, old with { Values = values });
        var table = UtilityTable.From(instance);
        return new NegotiationAnalysis(instance, table, Frontier.Chain.Rebuild(table, issue, option));
    }

    /// <summary>
    /// A party's new weight of one issue. Normalisation rescales that party's utility of every package by
    /// old sum / new sum, which leaves each level of the chain (and each prepared frontier of all issues but one) a
    /// frontier once rescaled, so again only that issue's merges are redone.
    /// </summary>
    public NegotiationAnalysis WithWeight(int party, int issue, double weight)
    {
        var old = Instance.Parties[party];
        var instance = Replace(party, old with { Weights = [.. old.Weights.Select((w, i) => i == issue ? weight : w)] });
        var table = UtilityTable.From(instance);
        var factor = _table.WeightSums[party] / table.WeightSums[party];
        return new NegotiationAnalysis(instance, table, Frontier.Chain.Rescale(party, factor).Rebuild(table, issue));
    }

    private NegotiationInstance Replace(int party, Party replacement) =>
        Instance with { Parties = [.. Instance.Parties.Select((p, i) => i == party ? replacement : p)] };
}
