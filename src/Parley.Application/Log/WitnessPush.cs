using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Parley.Ledger;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Tiles;
using Parley.Ledger.Witnessing;

namespace Parley.Application.Log;

/// <summary>
/// Pushes the latest checkpoint to each configured witness (C2SP tlog-witness add-checkpoint) until it has cosigned
/// it, with the consistency proof from the size that witness last cosigned, and stores the verified cosignatures so
/// that <c>/log/checkpoint</c> serves them. A witness that was down is caught up at the next push.
/// </summary>
public sealed class WitnessPush
{
    private readonly LogReader _logReader;
    private readonly LedgerHost _host;
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<(HttpWitnessClient Client, NoteVerifier Key)> _witnesses;
    private readonly ConcurrentDictionary<Uri, long> _cosigned = new();

    /// <summary>Reads the witnesses from <see cref="LedgerOptions.Witnesses"/>; a bad entry stops the start, naming the setting.</summary>
    public WitnessPush(LogReader logReader, LedgerHost host, IOptions<LedgerOptions> options, HttpClient http, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logReader = logReader;
        _host = host;
        _time = time;
        _witnesses = [.. options.Value.Witnesses.Select((w, i) => Parse(w, i, http))];
    }

    /// <summary>Whether any witness is configured.</summary>
    public bool Any => _witnesses.Count > 0;

    /// <summary>One round: each witness that has not cosigned the latest checkpoint is sent it; one result per push.</summary>
    public async Task<IReadOnlyList<WitnessPushResult>> PushAsync(CancellationToken cancellationToken)
    {
        await using var log = await _logReader.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await log.Store.LatestCheckpointAsync(cancellationToken).ConfigureAwait(false) is not { } latest)
        {
            return [];
        }
        var note = SignedNote.Parse(latest);
        var size = Checkpoint.Parse(note.Text).Size;
        var hostOnly = (note with { Signatures = [.. note.Signatures.Where(s => s.Name == _host.Key.Name)] }).ToBytes();
        List<WitnessPushResult> results = [];
        foreach (var (client, key) in _witnesses)
        {
            if (_cosigned.TryGetValue(client.BaseUrl, out var done) && done >= size)
            {
                continue;
            }
            WitnessPushResult result;
            try
            {
                result = await PushOneAsync(log, client, key, note.Text, hostOnly, size, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                result = new WitnessPushResult(client.BaseUrl, WitnessReplyKind.Refused, size, $"unreachable: {e.Message}");
            }
            results.Add(result);
        }
        return results;
    }

    private async Task<WitnessPushResult> PushOneAsync(OpenLog log, HttpWitnessClient client, NoteVerifier key, string text, byte[] note, long size, CancellationToken cancellationToken)
    {
        var old = _cosigned.GetValueOrDefault(client.BaseUrl);
        for (var attempt = 0; ; attempt++)
        {
            var proof = old > 0 && old < size ? await ProofAsync(log, old, size, cancellationToken).ConfigureAwait(false) : [];
            var (status, type, body) = await client.AddCheckpointAsync(new AddCheckpointRequest(old, proof, note), cancellationToken).ConfigureAwait(false);
            var reply = WitnessReply.Read(status, type, body, key, text, size);
            switch (reply.Kind)
            {
                case WitnessReplyKind.Cosigned:
                    var keyHash = Cosignature.KeyHash(key.WithAlgorithm(KeyAlgorithm.CosignatureV1));
                    var now = _time.GetUtcNow().ToUnixTimeSeconds();
                    foreach (var c in reply.Cosignatures)
                    {
                        await log.Store.SaveCosignatureAsync(size, c.Cosigner, keyHash, c.SignedUnix, c.Line, now, cancellationToken).ConfigureAwait(false);
                    }
                    _cosigned[client.BaseUrl] = size;
                    return new WitnessPushResult(client.BaseUrl, reply.Kind, size, reply.Message);
                case WitnessReplyKind.StaleSize when reply.KnownSize > size:
                    return new WitnessPushResult(client.BaseUrl, WitnessReplyKind.Refused, size,
                        $"the witness has cosigned size {reply.KnownSize}, larger than this log's {size}: it has seen another history of this log");
                case WitnessReplyKind.StaleSize when attempt == 0 && reply.KnownSize != old:
                    old = reply.KnownSize;
                    continue;
                default:
                    return new WitnessPushResult(client.BaseUrl, reply.Kind, size, reply.Message);
            }
        }
    }

    private async Task<byte[][]> ProofAsync(OpenLog log, long oldSize, long newSize, CancellationToken cancellationToken)
    {
        var prover = new MerkleProver(new TileNodeReader(log.Store, _host.Cache, newSize));
        var proof = await prover.ConsistencyProofAsync(oldSize, newSize, cancellationToken).ConfigureAwait(false);
        return [.. proof.Chunk(Rfc6962.HashSize)];
    }

    private static (HttpWitnessClient, NoteVerifier) Parse(WitnessTarget target, int index, HttpClient http)
    {
        var at = string.Create(CultureInfo.InvariantCulture, $"Ledger:Witnesses:{index}");
        if (!Uri.TryCreate(target.Url?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"{at}:Url: '{target.Url}' is not an absolute http(s) URL");
        }
        try
        {
            var key = NoteVerifier.Parse(target.Key?.Trim() ?? "");
            return (new HttpWitnessClient(http, url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/")), key);
        }
        catch (LedgerFormatException e)
        {
            throw new InvalidOperationException($"{at}:Key: {e.Message}", e);
        }
    }
}

/// <summary>What one push to one witness came to.</summary>
public sealed record WitnessPushResult(Uri Witness, WitnessReplyKind Kind, long Size, string Message);
