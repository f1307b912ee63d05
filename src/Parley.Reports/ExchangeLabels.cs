namespace Parley.Reports;

/// <summary>
/// The fixed words of a printed manifest, in the reader's language. Format strings take their values in the order
/// their names give; <see cref="English"/> is what a caller without a language gets.
/// </summary>
public sealed record ExchangeLabels(
    string BatchLine,
    string ManifestHash,
    string AgreedTerms,
    string Counts,
    string Releases,
    string Signatures,
    string NoSignatures,
    string SignatureLine,
    string Verified,
    string NotVerified,
    string Persons,
    IReadOnlyList<string> Columns,
    string NotInCheckpoint,
    string InCheckpoint,
    string Footer)
{
    /// <summary>English, the language of the log and the API.</summary>
    public static ExchangeLabels English { get; } = new(
        "Batch {0} · {1} ⇄ {2}",
        "Manifest SHA-256: {0}",
        "Agreed terms",
        "Counts",
        "{0} releases {1} ({2})",
        "Signatures",
        "No signatures yet.",
        "{0}: key {1}, {2} UTC — {3}",
        "verified",
        "NOT VERIFIED",
        "Persons ({0})",
        ["From", "Category", "Name", "Born", "Priority", "Commitment", "Outcome"],
        "Not yet in a signed checkpoint of the log.",
        "In log {0} at entry {1}; checkpoint size {2}, root {3}",
        "Printed {0} UTC by {1} · manifest {2} · page {3} of {4}");
}
