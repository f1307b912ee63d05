namespace Parley.Domain.Humanitarian;

/// <summary>
/// Which signatures have been verified for a batch. Only verified signatures count: the caller
/// checks each against the party's registered key before it records it here.
/// </summary>
public sealed record BatchSignatures(
    bool FirstSignedManifest,
    bool SecondSignedManifest,
    bool FirstConfirmed,
    bool SecondConfirmed)
{
    public static readonly BatchSignatures None = new(false, false, false, false);

    public BatchStatus Status => (FirstSignedManifest, SecondSignedManifest) switch
    {
        (false, false) => BatchStatus.Draft,
        (true, false) or (false, true) => BatchStatus.SignedByOne,
        _ => (FirstConfirmed, SecondConfirmed) switch
        {
            (true, true) => BatchStatus.ConfirmedByBoth,
            (true, false) or (false, true) => BatchStatus.ConfirmedByOne,
            _ => BatchStatus.Agreed,
        },
    };

    /// <summary>Persons can be added or removed only before anyone has signed the manifest.</summary>
    public bool Editable => Status == BatchStatus.Draft;

    /// <summary>A confirmation is accepted only once the manifest is agreed by both.</summary>
    public bool AcceptsConfirmations => FirstSignedManifest && SecondSignedManifest;
}
