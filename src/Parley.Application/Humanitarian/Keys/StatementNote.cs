using Parley.Application.Outcomes;
using Parley.Ledger;
using Parley.Ledger.Notes;

namespace Parley.Application.Humanitarian.Keys;

/// <summary>A signed note handed in for a statement of one kind (minutes, initials): its structure, before any signature check.</summary>
public static class StatementNote
{
    /// <summary>Parses <paramref name="signedNote"/> as a <c>parley/signed/v1</c> statement of <paramref name="kind"/>; refusals are keyed "note".</summary>
    public static Outcome<(SignedNote Note, SignedStatement Statement)> Open(string? signedNote, string kind)
    {
        SignedNote note;
        SignedStatement statement;
        try
        {
            note = SignedNote.Parse(signedNote ?? "");
            statement = SignedStatement.Parse(note.Text);
        }
        catch (LedgerFormatException e)
        {
            return Outcome.Invalid("note", $"not a signed statement: {e.Message}");
        }
        return statement.Kind == kind
            ? Outcome.Ok((note, statement))
            : Outcome.Invalid("note", $"the note signs a '{statement.Kind}', not '{kind}'");
    }
}
