using Microsoft.AspNetCore.Identity;

using Parley.Data.Identity;

namespace Parley.Application.Users;

public sealed partial class UserAccounts
{
    /// <summary>
    /// The holder replaces the password (one-time or not) with their own; a one-time password stops being one. Identity
    /// renews the security stamp, so the caller re-issues its own cookie.
    /// </summary>
    public async Task<IdentityResult> ChangePasswordAsync(ParleyUser user, string currentPassword, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await Users.ChangePasswordAsync(user, currentPassword ?? "", newPassword ?? "");
        if (!result.Succeeded || !user.MustChangePassword)
        {
            return result;
        }
        user.MustChangePassword = false;
        return await Users.UpdateAsync(user);
    }

    /// <summary>As <see cref="ChangePasswordAsync(ParleyUser, string, string)"/>, by e-mail (operators' tools and tests acting as the holder).</summary>
    public async Task<IdentityResult> ChangePasswordAsync(string email, string currentPassword, string newPassword)
    {
        var user = await Users.FindByEmailAsync(email.Trim());
        return user is null
            ? IdentityResult.Failed(new IdentityError { Code = "UnknownUser", Description = $"No user '{email}'." })
            : await ChangePasswordAsync(user, currentPassword, newPassword);
    }
}
