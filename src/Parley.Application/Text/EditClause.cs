using Parley.Application.Outcomes;
using Parley.Domain.Access;
using Parley.Text;
using Parley.Text.Format;

namespace Parley.Application.Text;

/// <summary>The chair rewrites one clause (words and brackets in the plain-text form), giving the version the edit started from.</summary>
/// <param name="Clause">The clause number, <c>2.1</c>.</param>
/// <param name="Wording">The clause in the plain-text form.</param>
/// <param name="ExpectedVersion">The version the editor read; a newer one stored since is a conflict.</param>
/// <param name="Round">The round the new version belongs to (default: the previous version's).</param>
public sealed record EditClauseRequest(string Clause, string Wording, int ExpectedVersion, int? Round = null);

/// <summary>
/// Stores a new version with one clause rewritten. Two people editing one clause from the same version: the first
/// is stored, the second gets a conflict naming the newer version, and nothing of the first is overwritten.
/// </summary>
public sealed class EditClause
{
    private readonly TextStore _store;

    internal EditClause(TextStore store) => _store = store;

    /// <summary>Runs the edit for <paramref name="actor"/>.</summary>
    public async Task<Outcome<StoredVersion>> RunAsync(Viewer actor, Guid id, EditClauseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!TextAccess.CanWrite(actor))
            return Outcome.Forbidden(TextAccess.WriteRefused);
        if (!ClauseNumber.TryParse(request.Clause, out var number))
            return Outcome.Invalid("clause", $"'{request.Clause}' is not a clause number such as 2.1");
        if (request.Round is < 1)
            return Outcome.Invalid("round", "a number from 1");
        var (clause, errors) = PlainTextParser.ParseClause(request.Wording ?? "", await _store.PartiesAsync(cancellationToken));
        if (clause is null)
            return TextRefusal.Invalid(errors);
        return await _store.StoreNextAsync(actor, id, request.ExpectedVersion, request.Round, current =>
            current.Find(number) is null
                ? new Refusal(OutcomeStatus.NotFound, $"the text has no clause {number}")
                : Outcome.Ok(current.WithClause(number, clause)), null, cancellationToken);
    }
}
