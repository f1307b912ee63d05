namespace Parley.Linkage;

/// <summary>Progress of a run: the current stage and the fraction of all work done, in [0, 1].</summary>
public readonly record struct LinkProgress(LinkStage Stage, double Fraction);
