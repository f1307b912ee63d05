namespace Parley.Application.Minutes;

/// <summary>A round's minutes as stored, with the parties' verified signatures on each version.</summary>
/// <param name="Round">The round's id.</param>
/// <param name="Number">The round's number.</param>
/// <param name="Language">en, uk or ru.</param>
/// <param name="Text">The minutes, "\n" line endings.</param>
/// <param name="Version">Counts the chair's saves, from 1.</param>
/// <param name="Hash">SHA-256 of the UTF-8 text: what a party signs.</param>
/// <param name="UpdatedAt">When the chair last saved them.</param>
/// <param name="Signatures">Every verified signature, oldest first; only those on <paramref name="Version"/> agree the text shown.</param>
public sealed record MinutesView(Guid Round, int Number, string Language, string Text, int Version, string Hash, DateTime UpdatedAt, IReadOnlyList<MinutesSignatureView> Signatures)
{
    /// <summary>The parties whose signature is on the version shown.</summary>
    public IReadOnlyList<string> SignedBy => [.. Signatures.Where(s => s.Version == Version).Select(s => s.Party)];
}

/// <summary>One party's verified signature on one version.</summary>
public sealed record MinutesSignatureView(string Party, int Version, string Hash, string KeyName, DateTime VerifiedAt);
