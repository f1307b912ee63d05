namespace Parley.Ledger.Storage;

/// <summary>A cosignature the server verified and kept: which checkpoint, by whom, when they signed, the note line.</summary>
public sealed record StoredCosignature(long Size, string Cosigner, long SignedUnix, string Line);
