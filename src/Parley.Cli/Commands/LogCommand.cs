using System.CommandLine;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Ledger.Serving;
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

/// <summary>
/// <c>parley log key [--data DIR]</c>: the host's verifier key, read from the server's data directory;
/// <c>parley log rotate-key</c>: a new host key announced in the log (see <see cref="CreateRotate"/>).
/// </summary>
internal static partial class LogCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The server's data directory", DefaultValueFactory = _ => "data" };
        var key = new Command("key", "Print the host's verifier key (<name>+<hash>+<key>) from the data directory") { data };
        key.SetAction(parse =>
        {
            var path = HostKeyFile.PathIn(parse.GetValue(data)!);
            try
            {
                using var signer = KeyFile.Read(path);
                Console.Out.WriteLine(signer.Verifier.ToString());
                return 0;
            }
            catch (Exception e) when (e is LedgerFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"parley log key: {e.Message} (the server creates the key on first start)");
                return 1;
            }
        });
        return new Command("log", "The host's verifiable log") { key, CreateRotate() };
    }
}
