using System.Text;
using Parley.Ledger.Notes;

namespace Parley.Ledger.Tests.Notes;

public sealed class NoteVerifierTests
{
    [Fact]
    public void Parse_go_verifier_key_round_trips()
    {
        var verifier = NoteVerifier.Parse(GoNoteVectors.PeterVerifierKey);
        Assert.Equal("PeterNeumann", verifier.Name);
        Assert.Equal(0xc74f20a3u, verifier.KeyHash);
        Assert.Equal(GoNoteVectors.PeterVerifierKey, verifier.ToString());
    }

    /// <summary>As TestNewVerifier: substrings, one-byte changes, a wrong-length key and an unknown algorithm fail.</summary>
    [Fact]
    public void Parse_mangled_verifier_key_throws_format_error()
    {
        var key = GoNoteVectors.PeterVerifierKey;
        for (var i = 0; i <= key.Length; i++)
        {
            for (var j = i + 1; j <= key.Length; j++)
            {
                if (i != 0 || j != key.Length)
                {
                    Assert.Throws<LedgerFormatException>(() => NoteVerifier.Parse(key[i..j]));
                }
            }
        }
        var bytes = Encoding.ASCII.GetBytes(key);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i]++;
            var mangled = Encoding.ASCII.GetString(bytes);
            bytes[i]--;
            Assert.Throws<LedgerFormatException>(() => NoteVerifier.Parse(mangled));
        }
        Assert.Throws<LedgerFormatException>(() => NoteVerifier.Parse("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="));
        var unknown = Assert.Throws<LedgerFormatException>(() => NoteVerifier.Parse("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"));
        Assert.Contains("0x65", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAlgorithm_cosignature_changes_key_hash_only()
    {
        var verifier = NoteVerifier.Parse(GoNoteVectors.PeterVerifierKey);
        var cosigner = verifier.WithAlgorithm(KeyAlgorithm.CosignatureV1);
        Assert.Equal(verifier.PublicKeyBytes, cosigner.PublicKeyBytes);
        Assert.NotEqual(verifier.KeyHash, cosigner.KeyHash);
        Assert.Equal(cosigner.ToString(), NoteVerifier.Parse(cosigner.ToString()).ToString());
    }
}
