using System.CommandLine;
using Parley.Cli.Infrastructure;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Ledger.Serving;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley log key [--data DIR]</c>: the host's verifier key, read from the server's data directory;
/// <c>parley log rotate-key</c>: a new host key announced in the log (see <see cref="CreateRotate"/>).
/// </summary>
internal static partial class LogCommand
{
    public static Command Create()
    {
        var key = new Command("key", "Print the host's verifier key (<name>+<hash>+<key>) from the data directory") { CliDatabase.DataOption };
        key.SetAction(parse =>
        {
            // The same data directory as every other command and the server: --data, else $PARLEY_DATA, else ./data.
            var path = HostKeyFile.PathIn(CliDatabase.Resolve(parse).DataDirectory);
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
