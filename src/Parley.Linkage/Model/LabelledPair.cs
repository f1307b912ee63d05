namespace Parley.Linkage.Model;

/// <summary>
/// An officer's decision on a pair: the same person or not. <paramref name="Weight"/> is how many pairs like
/// it the decision stands for (e.g. 1,000 matches spot-checked by 50 decisions: 20 each), so decisions
/// concentrated on hard pairs do not pull the model towards them alone.
/// </summary>
public sealed record LabelledPair(PersonRecord Left, PersonRecord Right, bool Same, double Weight = 1);
