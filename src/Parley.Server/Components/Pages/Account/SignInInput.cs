using System.ComponentModel.DataAnnotations;

namespace Parley.Server.Components.Pages.Account;

/// <summary>The sign-in form.</summary>
public sealed class SignInInput
{
    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [Required, StringLength(256), DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
