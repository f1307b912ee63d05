using System.Security.Cryptography;
using System.Text;
using Parley.Domain.Humanitarian;
using Parley.Ledger.Notes;

namespace Parley.Application.Humanitarian.Exchanges;

/// <summary>
/// The texts a party's officer signs for a batch, as Parley signed statements: the statement's kind
/// names what is signed, so a manifest signature can be replayed neither as a confirmation nor as a
/// checkpoint or cosignature.
/// </summary>
public static class ExchangeStatements
{
    public const string ManifestKind = "exchange-manifest";
    public const string ConfirmationKind = "exchange-confirmation";

    public static SignedStatement Manifest(ExchangeManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new(ManifestKind, [new("batch", manifest.BatchId), new("sha256", manifest.Hash())]);
    }

    /// <summary>One party's account of the exchange, naming every person it released and received by commitment.</summary>
    public static SignedStatement Confirmation(string batchId, string manifestHash, string party, IEnumerable<string> released, IEnumerable<string> received)
    {
        List<KeyValuePair<string, string>> fields = [new("batch", batchId), new("manifest", manifestHash), new("party", party.ToUpperInvariant())];
        fields.AddRange(released.Order(StringComparer.Ordinal).Select(c => new KeyValuePair<string, string>("released", c)));
        fields.AddRange(received.Order(StringComparer.Ordinal).Select(c => new KeyValuePair<string, string>("received", c)));
        return new(ConfirmationKind, fields);
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
