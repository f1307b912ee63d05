namespace Parley.Linkage;

/// <summary>Linkage quality: true positives among predicted pairs, against the count of true pairs.</summary>
public sealed record LinkQuality(int TruePositives, int Predicted, int Actual, double Precision, double Recall, double F1)
{
    /// <summary>Precision, recall and F1 from the counts; an empty prediction or truth counts as perfect on that side.</summary>
    public static LinkQuality From(int truePositives, int predicted, int actual)
    {
        var precision = predicted == 0 ? 1.0 : (double)truePositives / predicted;
        var recall = actual == 0 ? 1.0 : (double)truePositives / actual;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LinkQuality(truePositives, predicted, actual, precision, recall, f1);
    }
}
