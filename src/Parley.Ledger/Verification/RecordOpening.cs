namespace Parley.Ledger.Verification;

/// <summary>What opens a non-public record's commitment: the entry that holds it and the salt.</summary>
public sealed record RecordOpening(long Seq, byte[] Salt);
