using Parley.Ledger.Notes;

namespace Parley.Ledger.Tests.Notes;

public sealed class CosignatureTests
{
    private const string Body = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    /// <summary>The signed message of the C2SP tlog-cosignature example.</summary>
    [Fact]
    public void Message_matches_spec_example() =>
        Assert.Equal(
            "cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
            System.Text.Encoding.UTF8.GetString(Cosignature.Message(Body, 1679315147)));

    [Fact]
    public void Sign_then_Verify_returns_timestamp()
    {
        using var party = NoteSigner.Generate("ukraine.mod");
        var signature = Cosignature.Sign(party, Body, 1679315147);
        Assert.Equal(4 + 8 + 64, signature.Blob.Length);
        var cosigner = party.Verifier.WithAlgorithm(KeyAlgorithm.CosignatureV1);
        Assert.Equal(1679315147, Cosignature.Verify(cosigner, Body, signature));
        var parsed = SignedNote.Parse(Body + "\n" + signature.Line + "\n");
        Assert.Equal(1679315147, Cosignature.Verify(cosigner, Body, parsed.Signatures[0]));
    }

    [Fact]
    public void Verify_other_checkpoint_or_tampered_timestamp_fails()
    {
        using var party = NoteSigner.Generate("ukraine.mod");
        var cosigner = party.Verifier.WithAlgorithm(KeyAlgorithm.CosignatureV1);
        var signature = Cosignature.Sign(party, Body, 100);
        Assert.Throws<LedgerFormatException>(() => Cosignature.Verify(cosigner, Body.Replace("20852163", "20852164", StringComparison.Ordinal), signature));
        var shifted = signature.Signature.ToArray();
        shifted[7]++;
        Assert.Throws<LedgerFormatException>(() => Cosignature.Verify(cosigner, Body, signature with { Signature = shifted }));
    }

    [Fact]
    public void Verify_plain_note_signature_is_not_a_cosignature()
    {
        using var party = NoteSigner.Generate("ukraine.mod");
        var plain = SignedNote.Sign(Body, party).Signatures[0];
        Assert.Throws<LedgerFormatException>(() => Cosignature.Verify(party.Verifier.WithAlgorithm(KeyAlgorithm.CosignatureV1), Body, plain));
    }
}
