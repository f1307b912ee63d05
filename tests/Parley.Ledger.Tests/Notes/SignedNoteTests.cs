using System.Text;
using Parley.Ledger.Notes;

namespace Parley.Ledger.Tests.Notes;

public sealed class SignedNoteTests
{
    private static readonly NoteVerifier Peter = NoteVerifier.Parse(GoNoteVectors.PeterVerifierKey);
    private static readonly NoteVerifier Enoch = NoteVerifier.Parse(GoNoteVectors.EnochVerifierKey);

    [Fact]
    public void Verify_go_note_with_two_signatures_accepts_known_keys()
    {
        var note = SignedNote.Parse(Encoding.UTF8.GetBytes(GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignatureLine + GoNoteVectors.EnochSignatureLine));
        Assert.Equal(GoNoteVectors.Text, note.Text);
        Assert.Equal(["PeterNeumann"], NoteVerification.Verify(note, [Peter]).Select(s => s.Name));
        Assert.Equal(["PeterNeumann", "EnochRoot"], NoteVerification.Verify(note, [Peter, Enoch]).Select(s => s.Name));
    }

    [Fact]
    public void Verify_without_known_signer_throws()
    {
        var note = SignedNote.Parse(GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignatureLine);
        var error = Assert.Throws<LedgerFormatException>(() => NoteVerification.Verify(note, [Enoch]));
        Assert.Contains("no valid signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_corrupted_signature_names_the_key()
    {
        var line = GoNoteVectors.PeterSignatureLine;
        var note = SignedNote.Parse(GoNoteVectors.Text + "\n" + line[..60] + "ABCD" + line[60..]);
        var error = Assert.Throws<LedgerFormatException>(() => NoteVerification.Verify(note, [Peter]));
        Assert.Equal("invalid signature for key PeterNeumann+c74f20a3", error.Message);
    }

    /// <summary>The malformed messages of TestOpen.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=")]
    [InlineData("\n\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=")]
    [InlineData("\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\nUnexpected line.\n")]
    public void Parse_malformed_note_throws_format_error(string suffix) =>
        Assert.Throws<LedgerFormatException>(() => SignedNote.Parse(GoNoteVectors.Text + suffix));

    [Fact]
    public void Parse_control_character_or_invalid_utf8_throws_format_error()
    {
        Assert.Throws<LedgerFormatException>(() => SignedNote.Parse("\u0001" + GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignatureLine));
        Assert.Throws<LedgerFormatException>(() => SignedNote.Parse([0xff, .. Encoding.UTF8.GetBytes(GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignatureLine)]));
    }

    [Fact]
    public void Parse_more_than_100_signatures_throws_format_error() =>
        Assert.Throws<LedgerFormatException>(() => SignedNote.Parse(GoNoteVectors.Text + "\n" + string.Concat(Enumerable.Repeat(GoNoteVectors.PeterSignatureLine, 101))));

    [Fact]
    public void Sign_cosignature_message_as_plain_note_is_refused()
    {
        using var signer = NoteSigner.Generate("party.a");
        Assert.Throws<LedgerFormatException>(() => SignedNote.Sign("cosignature/v1\ntime 1\no\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", signer));
    }

    [Fact]
    public void Parse_random_mutations_only_ever_throw_format_errors()
    {
        var random = new Random(5);
        var good = Encoding.UTF8.GetBytes(GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignatureLine);
        for (var i = 0; i < 5000; i++)
        {
            var bytes = good.ToArray();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }
            var cut = bytes[..random.Next(bytes.Length + 1)];
            try
            {
                NoteVerification.Verify(SignedNote.Parse(cut), [Peter]);
            }
            catch (LedgerFormatException)
            {
            }
        }
    }
}
