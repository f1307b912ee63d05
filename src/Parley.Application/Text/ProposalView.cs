using Parley.Data.Texts;

namespace Parley.Application.Text;

/// <summary>A delegation's alternative wording as its readers see it.</summary>
/// <param name="Id">The proposal.</param>
/// <param name="TextId">The text.</param>
/// <param name="Party">The proposing party (ISO code).</param>
/// <param name="Clause">The clause, <c>2.1</c>.</param>
/// <param name="Bracket">The bracket within the clause, or null for a whole agreed clause.</param>
/// <param name="Wording">The wording (empty: delete the bracketed words).</param>
/// <param name="BasedOnVersion">The version it was drafted against.</param>
/// <param name="Status">Draft, submitted or folded in.</param>
/// <param name="FoldedInVersion">The version that folded it in.</param>
/// <param name="Version">Its own version, for the next change.</param>
/// <param name="UpdatedUtc">When it last changed.</param>
public sealed record ProposalView(Guid Id, Guid TextId, string Party, string Clause, int? Bracket, string Wording, int BasedOnVersion, ProposalStatus Status, int? FoldedInVersion, int Version, DateTime UpdatedUtc)
{
    internal static ProposalView Of(TextProposalRow r) => new(r.Id, r.TextId, r.Party, r.Clause, r.Bracket, r.Wording, r.BasedOnVersion, r.Status, r.FoldedInVersion, r.Version, r.UpdatedUtc);
}
