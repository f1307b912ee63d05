using System.Globalization;
using Parley.Ledger.Notes;

namespace Parley.Application.Minutes;

/// <summary>
/// What a party's authorised officer signs to agree a round's minutes: a Parley signed statement of its own kind
/// naming the round, the minutes version and its SHA-256, so the signature can be replayed neither as another
/// version's nor as a text's initials, an exchange manifest or a checkpoint.
/// </summary>
public static class MinutesStatement
{
    /// <summary>The statement kind (<c>parley sign --kind round-minutes</c>).</summary>
    public const string Kind = "round-minutes";

    /// <summary>The statement for one version of the minutes.</summary>
    public static SignedStatement For(Guid round, int number, int version, string hash) => new(Kind,
    [
        new("round", round.ToString()),
        new("number", number.ToString(CultureInfo.InvariantCulture)),
        new("version", version.ToString(CultureInfo.InvariantCulture)),
        new("sha256", hash),
    ]);
}
