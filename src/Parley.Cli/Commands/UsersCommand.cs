using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Parley.Cli.Infrastructure;
using Parley.Domain.Access;
using Spectre.Console;
using Parley.Application.Users;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley users add|list|totp</c>: accounts with a role and, for delegation members, a party. A humanitarian officer's
/// first password is one-time whoever chose it; the officer changes it, then enrols an authenticator, before personal data.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "Manage user accounts");
        command.Subcommands.Add(CreateAdd());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateTotp());
        return command;
    }

    private static Command CreateAdd()
    {
        Option<string> email = new("--email") { Description = "The user's email (also the sign-in name)", Required = true };
        Option<string> role = new("--role") { Description = $"One of {string.Join(", ", ParleyRoles.All)}", Required = true };
        Option<string?> party = new("--party") { Description = "Party code or name (UA, Ukraine…); required for delegation" };
        Option<string?> password = new("--password") { Description = "Initial password; when omitted a one-time password is generated and printed" };
        var add = new Command("add", "Add a user") { email, role, party, password };
        CliDatabase.AddOptions(add);
        add.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await CliDatabase.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            var created = await accounts.CreateAsync(parse.GetValue(email)!, parse.GetValue(role)!, parse.GetValue(party), parse.GetValue(password));
            if (!created.Succeeded)
            {
                foreach (var (field, reasons) in created.Errors)
                {
                    await Console.Error.WriteLineAsync($"--{field}: {string.Join(" ", reasons)}");
                }
                return 1;
            }
            var user = created.User!;
            Console.WriteLine($"added {user.Email} ({user.Role}{(user.Party is null ? "" : ", " + user.Party)})");
            if (created.GeneratedPassword is not null)
            {
                Console.WriteLine($"one-time password: {created.GeneratedPassword}");
            }
            if (user.Role == ParleyRoles.Humanitarian)
            {
                // Personal data opens only to the holder's own password, then the holder's own authenticator, in that order.
                Console.WriteLine("the officer signs in, changes this one-time password, then enrols an authenticator (page /account/totp)");
            }
            return 0;
        });
        return add;
    }

    private static Command CreateTotp()
    {
        Option<string> email = new("--email") { Description = "The user's email", Required = true };
        var totp = new Command("totp", "Give a user a new authenticator (TOTP) secret, required from the next sign-in; the old one stops working") { email };
        CliDatabase.AddOptions(totp);
        totp.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await CliDatabase.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            AuthenticatorEnrolment? enrolment;
            try
            {
                enrolment = await scope.ServiceProvider.GetRequiredService<UserAccounts>().ResetAuthenticatorAsync(parse.GetValue(email)!, enable: true);
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync("--email: " + e.Message);
                return 1;
            }
            if (enrolment is null)
            {
                await Console.Error.WriteLineAsync($"--email: no user '{parse.GetValue(email)}'.");
                return 1;
            }
            PrintTotp(enrolment);
            return 0;
        });
        return totp;
    }

    private static void PrintTotp(AuthenticatorEnrolment enrolment)
    {
        Console.WriteLine($"totp secret: {enrolment.SharedKey}");
        Console.WriteLine($"totp uri: {enrolment.Uri}");
    }

    private static Command CreateList()
    {
        var list = new Command("list", "List users");
        CliDatabase.AddOptions(list);
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await CliDatabase.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var users = await scope.ServiceProvider.GetRequiredService<UserAccounts>().ListAsync(cancellationToken);
            var table = new Table().AddColumns("email", "role", "party", "locked", "one-time password");
            foreach (var user in users)
            {
                table.AddRow(Markup.Escape(user.Email), user.Role, user.Party ?? "", user.LockedOut ? "yes" : "", user.MustChangePassword ? "unchanged" : "");
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return list;
    }
}
