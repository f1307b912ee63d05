using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Data;
using Parley.Data.Identity;

namespace Parley.Application.Users;

/// <summary>User accounts with a Parley role and, for delegation members and humanitarian officers, a party.</summary>
public sealed partial class UserAccounts(ParleyDbContext db, IServiceProvider services, TimeProvider clock)
{
    public const string AdministratorEmail = "admin@parley.local";

    private UserManager<ParleyUser> Users => (UserManager<ParleyUser>)services.GetService(typeof(UserManager<ParleyUser>))!;

    private RoleManager<IdentityRole> Roles => (RoleManager<IdentityRole>)services.GetService(typeof(RoleManager<IdentityRole>))!;

    public async Task EnsureRolesAsync()
    {
        if (services.GetService(typeof(RoleManager<IdentityRole>)) is null)
        {
            return;
        }
        foreach (var role in ParleyRoles.All)
        {
            if (!await Roles.RoleExistsAsync(role))
            {
                await Roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Creates the first administrator when there is no administrator; returns its one-time password, else null.</summary>
    public async Task<string?> EnsureAdministratorAsync()
    {
        await EnsureRolesAsync();
        var administrators = await Users.GetUsersInRoleAsync(ParleyRoles.Administrator);
        if (administrators.Count > 0 || await db.Users.AnyAsync(u => u.Email == AdministratorEmail))
        {
            return null;
        }
        var created = await CreateAsync(AdministratorEmail, ParleyRoles.Administrator, party: null, password: null);
        return created.Succeeded ? created.GeneratedPassword : throw new InvalidOperationException("Could not create the administrator: " + string.Join("; ", created.Errors.SelectMany(e => e.Value)));
    }

    /// <summary>Adds a user. Without a password, one is generated and must be changed at first sign-in.</summary>
    public async Task<UserCreation> CreateAsync(string email, string role, string? party, string? password)
    {
        if (!MailAddress.TryCreate(email?.Trim(), out var address) || address.Address != email?.Trim())
        {
            return UserCreation.Failed("email", $"'{email}' is not an email address.");
        }
        if (!ParleyRoles.TryParse(role, out var parsedRole))
        {
            return UserCreation.Failed("role", $"'{role}' is not a role; use one of {string.Join(", ", ParleyRoles.All)}.");
        }
        string? partyCode = null;
        if (!string.IsNullOrWhiteSpace(party))
        {
            if (!ParleyRoles.AllowsParty(parsedRole))
            {
                return UserCreation.Failed("party", $"the {ParleyRoles.Name(parsedRole)} role does not belong to a party; only delegation and humanitarian do.");
            }
            var resolver = new PartyResolver(await db.Parties.AsNoTracking().ToListAsync());
            partyCode = resolver.Find(party);
            if (partyCode is null)
            {
                return UserCreation.Failed("party", $"'{party}' is not a known party; use a code ({string.Join(", ", resolver.Codes.Order())}) or a name.");
            }
        }
        else if (ParleyRoles.RequiresParty(parsedRole))
        {
            return UserCreation.Failed("party", "a delegation member needs a party (e.g. --party UA).");
        }
        await EnsureRolesAsync();
        var generated = password is null ? OneTimePassword.Generate() : null;
        var user = new ParleyUser
        {
            UserName = address.Address,
            Email = address.Address,
            EmailConfirmed = true,
            Party = partyCode,
            // An officer's first password is always one-time, whoever chose it: only its holder's own password, then the
            // holder's own authenticator, open personal data (see ReachesPersonalData).
            MustChangePassword = generated is not null || ReachesPersonalData(parsedRole),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await Users.CreateAsync(user, password ?? generated!);
        if (!result.Succeeded)
        {
            return new UserCreation(false, null, null, result.Errors
                .GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }
        await Users.AddToRoleAsync(user, ParleyRoles.Name(parsedRole));
        return new UserCreation(true, Summarise(user, ParleyRoles.Name(parsedRole)), generated, new Dictionary<string, string[]>());
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (from user in db.Users.AsNoTracking()
                          join link in db.UserRoles.AsNoTracking() on user.Id equals link.UserId into links
                          from link in links.DefaultIfEmpty()
                          join role in db.Roles.AsNoTracking() on link.RoleId equals role.Id into roles
                          from role in roles.DefaultIfEmpty()
                          select new { user, Role = role == null ? null : role.Name }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => Summarise(r.user, r.Role ?? "")).OrderBy(u => u.Email, StringComparer.Ordinal)];
    }

    /// <summary>Roles that reach personal data of detained persons and children: their holders must change the first password, then enrol a second factor.</summary>
    public static bool ReachesPersonalData(ParleyRole role) => role == ParleyRole.Humanitarian;

    /// <summary>The viewer a signed-in user reads and writes as.</summary>
    public async Task<Viewer> ViewerForAsync(ParleyUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = await Users.GetRolesAsync(user);
        var role = roles.Select(r => ParleyRoles.TryParse(r, out var parsed) ? parsed : ParleyRole.Anonymous).DefaultIfEmpty(ParleyRole.Observer).Max();
        return new Viewer(role, user.Party, user.Id, user.Email);
    }

    private UserSummary Summarise(ParleyUser user, string role) => new(
        user.Id,
        user.Email ?? user.UserName ?? "",
        role,
        user.Party,
        user.LockoutEnd is { } end && end > clock.GetUtcNow(),
        user.MustChangePassword,
        user.CreatedUtc);
}
