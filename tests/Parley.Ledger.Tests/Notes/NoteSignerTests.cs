using System.Text;
using Parley.Ledger.Notes;

namespace Parley.Ledger.Tests.Notes;

public sealed class NoteSignerTests
{
    [Fact]
    public void Sign_with_go_private_key_reproduces_go_signature()
    {
        using var signer = NoteSigner.Parse(GoNoteVectors.PeterPrivateKey);
        var note = SignedNote.Sign(GoNoteVectors.Text, signer);
        Assert.Equal(GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignatureLine, note.ToString());
        Assert.Equal(GoNoteVectors.PeterVerifierKey, signer.Verifier.ToString());
    }

    [Fact]
    public void ToPrivateKeyString_round_trips_go_format()
    {
        using var signer = NoteSigner.Parse(GoNoteVectors.PeterPrivateKey);
        Assert.Equal(GoNoteVectors.PeterPrivateKey, signer.ToPrivateKeyString());
    }

    [Fact]
    public void Generate_produces_a_key_that_signs_and_verifies()
    {
        using var signer = NoteSigner.Generate("ukraine.mod");
        var message = "hi"u8.ToArray();
        var signature = signer.Sign(message);
        var verifier = NoteVerifier.Parse(signer.Verifier.ToString());
        Assert.True(verifier.Verify(message, signature));
        signature[0]++;
        Assert.False(verifier.Verify(message, signature));
    }

    /// <summary>As TestNewSigner: every proper substring and every one-byte change of the key is rejected.</summary>
    [Fact]
    public void Parse_mangled_private_key_throws_format_error()
    {
        var key = GoNoteVectors.PeterPrivateKey;
        for (var i = 0; i <= key.Length; i++)
        {
            for (var j = i + 1; j <= key.Length; j++)
            {
                if (i == 0 && j == key.Length)
                {
                    continue;
                }
                Assert.Throws<LedgerFormatException>(() => NoteSigner.Parse(key[i..j]));
            }
        }
        var bytes = Encoding.ASCII.GetBytes(key);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i]++;
            var mangled = Encoding.ASCII.GetString(bytes);
            bytes[i]--;
            Assert.Throws<LedgerFormatException>(() => NoteSigner.Parse(mangled));
        }
    }

    [Fact]
    public void Parse_error_never_echoes_the_key()
    {
        var error = Assert.Throws<LedgerFormatException>(() => NoteSigner.Parse(GoNoteVectors.PeterPrivateKey[..^2] + "zz"));
        Assert.DoesNotContain("AYEKFALV", error.Message, StringComparison.Ordinal);
    }
}
