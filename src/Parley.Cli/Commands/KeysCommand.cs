using System.CommandLine;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Cli.Commands;

/// <summary><c>parley keys new --name ukraine.mod [--out FILE]</c>: a party's Ed25519 key pair.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Key name, e.g. ukraine.mod (no spaces or '+')", Required = true };
        var output = new Option<string?>("--out") { Description = "Private key file to create (default: <name>.key); never overwritten" };
        var create = new Command("new", "Create a key pair: writes the private key file (mode 0600) and prints the verifier key") { name, output };
        create.SetAction(parse =>
        {
            var keyName = parse.GetValue(name)!;
            var path = parse.GetValue(output) ?? keyName + ".key";
            try
            {
                using var signer = NoteSigner.Generate(keyName);
                KeyFile.Write(path, signer);
                Console.Out.WriteLine(signer.Verifier.ToString());
                Console.Error.WriteLine($"private key written to {path} (mode 0600); give the verifier key above to the administrator to register");
                return 0;
            }
            catch (Exception e) when (e is LedgerFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"parley keys new: {e.Message}");
                return 1;
            }
        });
        return new Command("keys", "Manage a party's signing keys") { create };
    }
}
