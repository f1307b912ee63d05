namespace Parley.Server.Features.Log;

/// <summary>A party's verifier key as registered: <c>&lt;name&gt;+&lt;hash&gt;+&lt;base64 key&gt;</c>.</summary>
public sealed record CosignerKey(string? VerifierKey);
