using System.CommandLine;
using Parley.Cli.Witness;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Ledger.Verification;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley witness --url BASE --key HOST_VERIFIER_KEY --cosign-key KEYFILE --state DIR [--interval 10s] [--listen URL] [--trust KEY…]</c>:
/// a party's witness. Every interval it fetches the checkpoint, checks its signature and its consistency with the
/// last one it cosigned (a proof built from the server's tiles), cosigns and posts the cosignature. On a
/// contradiction (fork, shrunk log, failing proof, bad signature) it keeps the evidence in DIR, stops and exits 3.
/// With <c>--listen</c> it also answers C2SP tlog-witness <c>POST /add-checkpoint</c> for the host's log and the
/// <c>--trust</c>ed ones.
/// </summary>
internal static class WitnessCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The Parley server's base URL", Required = true };
        var key = new Option<string>("--key") { Description = "The host's verifier key (parley log key)", Required = true };
        var cosignKey = new Option<string>("--cosign-key") { Description = "This witness's private key file (parley keys new); registered as a party key", Required = true };
        var state = new Option<string>("--state") { Description = "Directory keeping the last cosigned checkpoint per log, and evidence", Required = true };
        var interval = new Option<TimeSpan>("--interval") { Description = "How often to fetch the checkpoint (e.g. 10s, 1m)", DefaultValueFactory = _ => TimeSpan.FromSeconds(10), CustomParser = r => Interval(r.Tokens[0].Value) };
        var listen = new Option<string?>("--listen") { Description = "Also serve tlog-witness add-checkpoint at this URL (e.g. http://0.0.0.0:7380)" };
        var trust = new Option<string[]>("--trust") { Description = "Verifier keys of other logs whose checkpoints add-checkpoint accepts", AllowMultipleArgumentsPerToken = true };
        var command = new Command("witness", "Witness the log: cosign each new consistent checkpoint; stop with evidence on a fork") { url, key, cosignKey, state, interval, listen, trust };
        command.SetAction(async (parse, cancellationToken) =>
        {
            NoteVerifier host;
            NoteSigner signer;
            List<NoteVerifier> trusted;
            Uri baseUrl;
            try
            {
                host = NoteVerifier.Parse(parse.GetValue(key)!);
                baseUrl = BaseUrl.Parse(parse.GetValue(url)!);
                trusted = [host, .. (parse.GetValue(trust) ?? []).Select(NoteVerifier.Parse)];
                signer = KeyFile.Read(parse.GetValue(cosignKey)!);
            }
            catch (Exception e) when (e is LedgerFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"parley witness: {e.Message}");
                return 2;
            }

            using (signer)
            {
                var service = new WitnessService(new WitnessState(parse.GetValue(state)!), trusted, signer, TimeProvider.System);
                using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
                var poller = new WitnessPoller(new HttpLogFetcher(client, baseUrl), host, service);
                await using var server = parse.GetValue(listen) is { } address ? await WitnessEndpoint.StartAsync(address, service, cancellationToken) : null;
                Console.Out.WriteLine($"witnessing {host.Name} at {baseUrl} as {signer.Name}" + (server is null ? "" : $"; add-checkpoint at {parse.GetValue(listen)}"));
                return await poller.RunAsync(parse.GetValue(interval), cancellationToken);
            }
        });
        return command;
    }

    private static TimeSpan Interval(string text)
    {
        var unit = text[^1];
        var number = double.Parse(char.IsDigit(unit) ? text : text[..^1], System.Globalization.CultureInfo.InvariantCulture);
        return unit switch
        {
            'm' => TimeSpan.FromMinutes(number),
            'h' => TimeSpan.FromHours(number),
            's' => TimeSpan.FromSeconds(number),
            _ when char.IsDigit(unit) => TimeSpan.FromSeconds(number),
            _ => throw new FormatException($"--interval '{text}': use seconds, minutes or hours, e.g. 10s, 1m"),
        };
    }
}
