using Parley.Data.Texts;
using Parley.Domain.Access;

namespace Parley.Application.Text;

/// <summary>
/// Who sees a delegation's alternative: while a draft, only its own party's delegation (never the other party, never
/// the chair or host); once submitted, everyone who reads the text.
/// </summary>
internal static class ProposalAccess
{
    public static bool CanRead(Viewer viewer, NegotiatingTextRow text, TextProposalRow proposal) =>
        TextAccess.CanRead(viewer, text) && (proposal.Status != ProposalStatus.Draft || IsOwnDelegation(viewer, proposal.Party));

    /// <summary>Only a delegation member drafts and submits, and only for their own party.</summary>
    public static bool IsOwnDelegation(Viewer viewer, string party) =>
        viewer.Role == ParleyRole.Delegation && string.Equals(viewer.Party, party, StringComparison.OrdinalIgnoreCase);

    public const string DraftRefused = "Only a delegation drafts and submits its own party's alternative wordings; the chair folds submitted ones in.";
}
