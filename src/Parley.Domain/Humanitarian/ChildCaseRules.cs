namespace Parley.Domain.Humanitarian;

/// <summary>
/// The rules of a child's case: it moves forward one step at a time; the steps that change where a
/// child is (located, returned, reunited) need evidence and the person who verified it; a step back
/// (a location proved wrong) needs a reason and is kept in the history, never erased.
/// </summary>
public static class ChildCaseRules
{
    private static readonly ChildCaseStatus[] NeedEvidence =
        [ChildCaseStatus.Located, ChildCaseStatus.Returned, ChildCaseStatus.Reunited];

    /// <summary>Null when allowed, otherwise the reason it is refused.</summary>
    public static string? Check(ChildCaseTransition t)
    {
        if (t.To == t.From)
            return $"The case is already {t.To}.";
        if (t.To < t.From)
            return string.IsNullOrWhiteSpace(t.Reason) ? $"Moving a case back from {t.From} to {t.To} needs a reason." : null;
        if (t.To != t.From + 1)
            return $"A case moves one step at a time: from {t.From} the next step is {t.From + 1}, not {t.To}.";
        if (NeedEvidence.Contains(t.To) && (string.IsNullOrWhiteSpace(t.Evidence) || string.IsNullOrWhiteSpace(t.VerifiedBy)))
            return $"Marking a case {t.To} needs the evidence and who verified it.";
        return null;
    }
}
