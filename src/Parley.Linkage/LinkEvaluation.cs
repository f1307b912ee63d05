namespace Parley.Linkage;

/// <summary>Precision, recall and F1 of predicted matches against known true pairs (by ids).</summary>
public static class LinkEvaluation
{
    /// <summary>Scores predicted (left id, right id) matches against the true pairs.</summary>
    public static LinkQuality Score(
        IEnumerable<(string LeftId, string RightId)> predicted,
        IEnumerable<(string LeftId, string RightId)> truth)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        var truthSet = truth.ToHashSet();
        int tp = 0, count = 0;
        foreach (var pair in predicted)
        {
            count++;
            if (truthSet.Contains(pair))
            {
                tp++;
            }
        }

        return LinkQuality.From(tp, count, truthSet.Count);
    }
}
