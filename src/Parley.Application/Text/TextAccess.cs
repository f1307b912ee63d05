using Parley.Data.Texts;
using Parley.Domain.Access;

namespace Parley.Application.Text;

/// <summary>Who may read and write a negotiating text.</summary>
internal static class TextAccess
{
    /// <summary>The text follows the record's visibility rules.</summary>
    public static bool CanRead(Viewer viewer, NegotiatingTextRow text) => viewer.IsSystem || VisibilityRules.CanRead(viewer, text.Visibility, null);

    /// <summary>The chair keeps the single text: mediators and administrators write it, delegations propose.</summary>
    public static bool CanWrite(Viewer viewer) => viewer.IsSystem || viewer.Role is ParleyRole.Mediator or ParleyRole.Administrator;

    public const string WriteRefused = "Only the chair (a mediator or an administrator) changes the negotiating text; delegations propose wordings.";
}
