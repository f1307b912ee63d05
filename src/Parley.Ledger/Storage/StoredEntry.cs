namespace Parley.Ledger.Storage;

/// <summary>An entry row as stored: its index in the log and its bytes.</summary>
public sealed record StoredEntry(long Index, byte[] Data);
