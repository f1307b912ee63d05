using Microsoft.AspNetCore.Identity;

namespace Parley.Data.Identity;

/// <summary>A user account: Identity's fields plus the party a delegation member or humanitarian officer belongs to.</summary>
public sealed class ParleyUser : IdentityUser
{
    /// <summary>ISO 3166 alpha-2 code of the user's party; null for mediators, administrators, observers and host staff.</summary>
    public string? Party { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>Set for accounts created with a generated one-time password; cleared when the user picks their own.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedUtc { get; set; }
}
