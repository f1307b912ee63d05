using Parley.Domain.Access;

namespace Parley.Application.Log;

/// <summary>
/// How the public log names who wrote an entry: a stable pseudonym with role and party, never an e-mail. The pseudonym
/// is the start of the account's random Identity id, so who it is stays with those who can read the users table
/// (administrators); two entries by the same account carry the same pseudonym.
/// </summary>
public static class LogAuthor
{
    /// <summary>The author of entries the server writes on no one's behalf (audit batches, the host's key).</summary>
    public const string System = "system";

    public static string Of(Viewer actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId is not { Length: > 0 } id)
        {
            return System;
        }
        var role = actor.Role == ParleyRole.Anonymous ? "observer" : ParleyRoles.Name(actor.Role);
        return $"{role}/{actor.Party ?? "host"}/{Pseudonym(id)}";
    }

    /// <summary>The id part of an account's pseudonym: the first 12 hex digits of its account id, lower case.</summary>
    public static string Pseudonym(string accountId)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        return new string([.. accountId.Where(char.IsAsciiHexDigit).Take(12)]).ToLowerInvariant();
    }
}
