namespace Parley.Server.Features.Log;

/// <summary>
/// A party's verifier key as registered through <c>/log/cosigners</c>: <c>&lt;name&gt;+&lt;hash&gt;+&lt;base64 key&gt;</c>
/// and, to register, the party it belongs to (code or name).
/// </summary>
public sealed record CosignerKey(string? VerifierKey, string? Party = null);
