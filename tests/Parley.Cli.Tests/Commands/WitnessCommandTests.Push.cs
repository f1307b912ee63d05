using Parley.Ledger.Notes;
using static Parley.Cli.Tests.Commands.VerifyCommandTests;

namespace Parley.Cli.Tests.Commands;

/// <summary>
/// The server as a C2SP tlog-witness client: configured with a witness run by someone else (its URL and key only, not
/// a registered party key), it pushes each checkpoint to that witness's add-checkpoint, with the consistency proof
/// from the size the witness last cosigned, and serves the cosignature with the checkpoint. The witness's own poller
/// points at a dead address, so only the push can bring it checkpoints.
/// </summary>
public sealed partial class WitnessCommandTests
{
    [Fact]
    public async Task Server_pushesEachCheckpoint_toAConfiguredWitness_andServesItsCosignature()
    {
        var data = Path.Combine(_dir, "push-data");
        var keyFile = Path.Combine(_dir, "observer.witness.key");
        var (code, verifier, err) = Run("keys", "new", "--name", "observer.witness", "--out", keyFile);
        Assert.True(code == 0, err);
        var witnessKey = NoteVerifier.Parse(verifier.Trim());
        var listen = $"http://127.0.0.1:{ServerProcess.FreePort()}";
        var environment = new Dictionary<string, string>
        {
            ["Ledger__Witnesses__0__Url"] = listen,
            ["Ledger__Witnesses__0__Key"] = witnessKey.ToString(),
            ["Ledger__PublishInterval"] = "00:00:01",
        };

        var server = await ServerProcess.StartAsync(data, environment: environment);
        var hostKey = Run("log", "key", "--data", data).Out.Trim();
        StartWitness($"http://127.0.0.1:{ServerProcess.FreePort()}", hostKey, keyFile, "push-state", "--listen", listen);
        using var client = new HttpClient();
        var first = await CosignedByBothAsync(client, server.Url, [witnessKey], minimumSize: 1);

        await AppendEntryAsync(data);
        var second = await CosignedByBothAsync(client, server.Url, [witnessKey], minimumSize: first + 1);
        Assert.True(second > first);

        // A restarted server has forgotten what the witness cosigned: the witness answers 409 with its size and the
        // server proves consistency from there.
        server.Dispose();
        using var restarted = await ServerProcess.StartAsync(data, demo: false, url: server.Url, environment: environment);
        await AppendEntryAsync(data);
        Assert.True(await CosignedByBothAsync(client, server.Url, [witnessKey], minimumSize: second + 1) > second);
    }
}
