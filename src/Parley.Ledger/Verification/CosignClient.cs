using Parley.Ledger.Notes;

namespace Parley.Ledger.Verification;

/// <summary>
/// A party's cosigning step: verify the log (signature, consistency with the last checkpoint this party saw, and the
/// entries), then cosign the checkpoint per tlog-cosignature and POST it to <c>log/cosignature</c>.
/// </summary>
public sealed class CosignClient(ILogFetcher fetcher, NoteVerifier logKey, NoteSigner party)
{
    /// <summary>Verifies and cosigns; the result says what was cosigned or why not.</summary>
    public async Task<VerificationResult> CosignAsync(IAcceptedCheckpoint? state, bool recompute, long unixTime, CancellationToken cancellationToken = default)
    {
        var verifier = new LogVerifier(fetcher, logKey);
        var result = await verifier.VerifyAsync(state, recompute, cancellationToken).ConfigureAwait(false);
        if (!result.Ok || result.Checkpoint is null)
        {
            return result;
        }
        var text = result.Checkpoint.ToText();
        var signature = Cosignature.Sign(party, text, unixTime);
        var (status, body) = await fetcher.PostAsync("log/cosignature", text + "\n" + signature.Line + "\n", cancellationToken).ConfigureAwait(false);
        return status is >= 200 and < 300
            ? result with { Message = $"cosigned checkpoint {result.Checkpoint.Size} as {party.Name}; {result.Message}" }
            : VerificationResult.Fail(result.Checkpoint, result.EntriesChecked, $"the server refused the cosignature ({status}): {body}");
    }
}
