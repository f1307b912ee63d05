using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Text;

namespace Parley.Application.Text;

/// <summary>Where a version stands: open (a bracket remains), agreed ad referendum, or initialled by every party.</summary>
/// <param name="Version">The version.</param>
/// <param name="Hash">Its hash.</param>
/// <param name="Status">Open, agreed ad referendum or initialled.</param>
/// <param name="OpenBrackets">Brackets still open.</param>
/// <param name="Parties">Who must initial: every party that proposed a wording in any version (else every party with a registered key).</param>
/// <param name="Initials">The verified initials on this version.</param>
/// <param name="Missing">Parties yet to initial.</param>
public sealed record AgreementView(int Version, string Hash, AgreementStatus Status, int OpenBrackets, IReadOnlyList<string> Parties, IReadOnlyList<InitialsView> Initials, IReadOnlyList<string> Missing);

/// <summary>The agreement status of a version, from its brackets and the initials verified against party keys.</summary>
public sealed class ReadAgreement
{
    private readonly TextStore _store;

    internal ReadAgreement(TextStore store) => _store = store;

    /// <summary>The status, or not found.</summary>
    public async Task<Outcome<AgreementView>> RunAsync(Viewer viewer, Guid id, int? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var versions = await _store.VersionsAsync(viewer, id, cancellationToken);
        if (versions.Count == 0)
            return new Refusal(OutcomeStatus.NotFound, $"there is no text {id}");
        var (row, text) = version is { } v ? versions.FirstOrDefault(x => x.Row.Number == v) : versions[^1];
        if (row is null)
            return new Refusal(OutcomeStatus.NotFound, $"text {id} has no version {version}");
        var db = _store.Db;
        List<string> parties = [.. versions.SelectMany(x => x.Text.Proposers).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (parties.Count == 0)
            parties = await db.PartyKeys.AsNoTracking().Where(k => k.RevokedAtUtc == null).Select(k => k.Party).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        var rows = await db.TextInitials.AsNoTracking().Where(i => i.TextId == id && i.Version == row.Number).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var agreement = Agreement.Of(text, parties, rows.Select(i => new Initials(i.Party, i.Hash)));
        return Outcome.Ok(new AgreementView(row.Number, row.Hash, agreement.Status, agreement.OpenBrackets, parties,
            [.. rows.Select(i => new InitialsView(i.Party, i.Version, i.Hash, i.KeyName))], agreement.Missing));
    }
}
