using System.CommandLine;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Ledger.Verification;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley cosign --url BASE --key KEYFILE --log-key VERIFIER_KEY [--state DIR]</c>: verifies the log and its
/// consistency with the last checkpoint this party saw, then posts a tlog-cosignature of the current checkpoint.
/// </summary>
internal static class CosignCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The server's base URL", Required = true };
        var key = new Option<string>("--key") { Description = "The party's private key file (parley keys new)", Required = true };
        var logKey = new Option<string>("--log-key") { Description = "The host's verifier key (parley log key)", Required = true };
        var state = new Option<string?>("--state") { Description = "Directory keeping the last checkpoint this party cosigned (default: ~/.parley/cosign/<key name>)" };
        var command = new Command("cosign", "Verify the log, then cosign its checkpoint") { url, key, logKey, state };
        command.SetAction(async (parse, cancellationToken) =>
        {
            NoteVerifier host;
            NoteSigner party;
            try
            {
                host = NoteVerifier.Parse(parse.GetValue(logKey)!);
                BaseUrl.Parse(parse.GetValue(url)!);
                party = KeyFile.Read(parse.GetValue(key)!);
            }
            catch (LedgerFormatException e)
            {
                Console.Error.WriteLine($"parley cosign: {e.Message}");
                return 2;
            }
            using (party)
            {
                var directory = parse.GetValue(state)
                    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".parley", "cosign", party.Name);
                using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
                var fetcher = new HttpLogFetcher(client, BaseUrl.Parse(parse.GetValue(url)!));
                var result = await new CosignClient(fetcher, host, party)
                    .CosignAsync(new CheckpointStateDirectory(directory), recompute: true, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), cancellationToken);
                return VerifyCommand.Report("cosign", result);
            }
        });
        return command;
    }
}
