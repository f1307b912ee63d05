using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;
namespace Parley.Server.Features.Log;

/// <summary>
/// A party's verifier key as registered through <c>/log/cosigners</c>: <c>&lt;name&gt;+&lt;hash&gt;+&lt;base64 key&gt;</c>
/// and, to register, the party it belongs to (code or name).
/// </summary>
public sealed record CosignerKey(string? VerifierKey, string? Party = null);
