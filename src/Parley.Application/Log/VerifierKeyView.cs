
namespace Parley.Application.Log;

/// <summary>A verifier key as shown to readers: whose, the key string, and when it was revoked or retired, if it was.</summary>
public sealed record VerifierKeyView(string Owner, string Key, DateTimeOffset? RegisteredUtc, DateTimeOffset? RevokedUtc);
