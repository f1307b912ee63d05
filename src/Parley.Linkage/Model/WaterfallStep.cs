namespace Parley.Linkage.Model;

/// <summary>
/// One bar of a match-weight waterfall (as Splink draws it): the prior, a comparison's level, a term-frequency
/// adjustment, or the one-to-one correction; its weight in bits and the probability after it.
/// </summary>
/// <param name="Name">"prior", a comparison ("family", "dob", …), "family frequency", "given frequency" or "one-to-one".</param>
/// <param name="Level">The level's label (e.g. <c>day/month swapped</c>), or a short note.</param>
/// <param name="M">P(level | match), for a comparison step.</param>
/// <param name="U">P(level | non-match), for a comparison step.</param>
/// <param name="Log2Weight">The step's weight in bits (log₂ of its Bayes factor; for the prior, log₂ of the prior odds).</param>
/// <param name="Probability">The match probability after this step.</param>
public sealed record WaterfallStep(string Name, string Level, double? M, double? U, double Log2Weight, double Probability);
