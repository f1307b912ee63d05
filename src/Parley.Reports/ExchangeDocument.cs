namespace Parley.Reports;

/// <summary>A signature over the manifest or a confirmation, as shown on paper.</summary>
public sealed record SignatureLine(string Party, string KeyName, DateTimeOffset SignedAt, bool Verified);

/// <summary>One person on the printed manifest. Names are printed in the script they were entered in.</summary>
public sealed record PersonLine(string ReleasedBy, string Category, string Name, string? DateOfBirth, string Priority, string Commitment, string? Outcome);

/// <summary>The log checkpoint that contains the manifest's entry, so a reader can verify the paper against the log.</summary>
public sealed record CheckpointLine(string Origin, long Size, string RootHash, long EntryIndex);

/// <summary>
/// What a printed exchange manifest or confirmation shows: the batch, its terms and counts, every
/// person, the hash both parties signed, the signatures and the checkpoint that holds it.
/// </summary>
public sealed record ExchangeDocument(
    string Title,
    string BatchId,
    string FirstParty,
    string SecondParty,
    IReadOnlyList<string> Terms,
    IReadOnlyList<(string Party, string Category, int Count)> Counts,
    string ManifestHash,
    IReadOnlyList<SignatureLine> Signatures,
    CheckpointLine? Checkpoint,
    IReadOnlyList<PersonLine> Persons,
    DateTimeOffset PrintedAt,
    string PrintedBy,
    ExchangeLabels? Labels = null,
    string? Status = null,
    bool StatusDiffers = false);
