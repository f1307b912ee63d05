using System.Globalization;
using Parley.Ledger.Notes;

namespace Parley.Application.Text;

/// <summary>
/// What a party's authorised officer signs to initial a text: a Parley signed statement of its own kind naming the
/// text, the version and its hash (the SHA-256 of the English plain-text export), so the signature can be replayed
/// neither as another version's initials nor as an exchange manifest or a checkpoint.
/// </summary>
public static class TextInitialsStatement
{
    /// <summary>The statement kind (<c>parley sign --kind text-initials</c>).</summary>
    public const string Kind = "text-initials";

    /// <summary>The statement for one version.</summary>
    public static SignedStatement For(Guid text, int version, string hash, string title) => new(Kind,
    [
        new("text", text.ToString()),
        new("version", version.ToString(CultureInfo.InvariantCulture)),
        new("sha256", hash),
        new("title", title.ReplaceLineEndings(" ")),
    ]);
}
