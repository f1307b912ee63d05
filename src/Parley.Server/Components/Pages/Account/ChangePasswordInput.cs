using System.ComponentModel.DataAnnotations;

namespace Parley.Server.Components.Pages.Account;

/// <summary>The change-password form (required after signing in with a one-time password).</summary>
public sealed class ChangePasswordInput
{
    [Required, StringLength(256)]
    public string Current { get; set; } = "";

    [Required, StringLength(256, MinimumLength = 10)]
    public string New { get; set; } = "";

    [Required, Compare(nameof(New))]
    public string Confirm { get; set; } = "";
}
