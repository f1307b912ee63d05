namespace Parley.Ledger.Serving;

/// <summary>A resource of the tlog-tiles API: its bytes, content type and whether it may be cached for long.</summary>
public sealed record LogResource(byte[] Body, string ContentType, bool Immutable);
