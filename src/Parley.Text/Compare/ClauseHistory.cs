namespace Parley.Text.Compare;

/// <summary>A clause as it stood in one version.</summary>
/// <param name="Version">Version number.</param>
/// <param name="Round">Round, when known.</param>
/// <param name="Clause">The clause, or null when that version has none at this number.</param>
/// <param name="Change">Against the previous version (<see cref="ClauseChange.Added"/> for the first).</param>
public sealed record ClauseState(int Version, int? Round, Clause? Clause, ClauseChange Change);

/// <summary>Who proposed a wording of a clause, and from which version to which it stood.</summary>
/// <param name="Party">ISO code, or null for the chair.</param>
/// <param name="Text">The wording.</param>
/// <param name="FirstVersion">The version that first held it.</param>
/// <param name="FirstRound">That version's round.</param>
/// <param name="LastVersion">The last version that held it.</param>
/// <param name="Standing">Still in a bracket of the newest version.</param>
public sealed record Wording(string? Party, string Text, int FirstVersion, int? FirstRound, int LastVersion, bool Standing);

/// <summary>
/// One clause across versions: what it said in each, and every wording proposed for it ("who proposed
/// this wording, in which round").
/// </summary>
/// <param name="Number">The clause.</param>
/// <param name="States">One entry per version, oldest first.</param>
/// <param name="Wordings">Each distinct (party, wording) pair, by first appearance.</param>
/// <param name="AgreedSince">The version from which the clause has stayed free of brackets, if it has.</param>
public sealed record ClauseHistory(ClauseNumber Number, IReadOnlyList<ClauseState> States, IReadOnlyList<Wording> Wordings, int? AgreedSince)
{
    /// <summary>Builds the history of <paramref name="number"/> over <paramref name="versions"/> (any order).</summary>
    public static ClauseHistory Of(IEnumerable<TextVersion> versions, ClauseNumber number)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var ordered = versions.OrderBy(v => v.Number).ToList();
        var states = new List<ClauseState>();
        var wordings = new List<Wording>();
        Clause? previous = null;
        int? agreedSince = null;
        foreach (var version in ordered)
        {
            var clause = version.Text.Find(number);
            var change = previous is null && clause is null ? ClauseChange.Unchanged : Redline.Of(number, previous, clause).Change;
            states.Add(new(version.Number, version.Round, clause, change));
            agreedSince = clause is { IsAgreed: true } ? agreedSince ?? version.Number : null;
            foreach (var alternative in clause?.Brackets.SelectMany(b => b.Alternatives) ?? [])
            {
                var i = wordings.FindIndex(w => w.Party == alternative.Party && w.Text == alternative.Text);
                if (i < 0)
                    wordings.Add(new(alternative.Party, alternative.Text, version.Number, version.Round, version.Number, false));
                else
                    wordings[i] = wordings[i] with { LastVersion = version.Number };
            }
            previous = clause;
        }
        var newest = ordered.Count == 0 ? 0 : ordered[^1].Number;
        return new(number, states, [.. wordings.Select(w => w with { Standing = w.LastVersion == newest })], agreedSince);
    }
}
