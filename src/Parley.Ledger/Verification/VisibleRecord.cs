using System.Text.Json;

namespace Parley.Ledger.Verification;

/// <summary>
/// A record as the server serves it to the verifier (its projection), to be matched with its log entry:
/// <paramref name="Name"/> says where it was read (e.g. <c>api/rounds/&lt;id&gt;</c>); <paramref name="Opening"/> is
/// set when the record entered the log as a salted commitment and the caller may read it.
/// </summary>
public sealed record VisibleRecord(string Name, string Id, int Version, JsonElement Content, RecordOpening? Opening = null);
