using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;

namespace Parley.Ledger.Tests.Notes;

public sealed class CheckpointTests
{
    [Fact]
    public void ToText_matches_go_tlog_format_tree_vector()
    {
        var checkpoint = new Checkpoint("go.sum database tree", 123456789012, Rfc6962.LeafHash("hello world"u8));
        Assert.Equal(GoNoteVectors.GoSumTree, checkpoint.ToText());
        var parsed = Checkpoint.Parse(GoNoteVectors.GoSumTree);
        Assert.Equal(123456789012, parsed.Size);
        Assert.Equal(checkpoint.RootHash, parsed.RootHash);
    }

    [Fact]
    public void Parse_keeps_extension_lines() =>
        Assert.Equal(["ext one", "ext two"], Checkpoint.Parse(GoNoteVectors.GoSumTree + "ext one\next two\n").Extensions);

    [Theory]
    [InlineData("go.sum database tree\n0xabcdef\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "line 2")]
    [InlineData("go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBTOOBIG=\n", "line 3")]
    [InlineData("go.sum database tree\n0123\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "line 2")]
    [InlineData("go.sum database tree\n12\nAAAA\n", "line 3")]
    [InlineData("\n12\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "line 1")]
    [InlineData("go.sum database tree\n12\n", "got 2 line")]
    [InlineData("go.sum database tree\n12\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=", "newline")]
    [InlineData("go.sum database tree\n99999999999999999999\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "line 2")]
    public void Parse_malformed_checkpoint_names_the_line(string text, string expected)
    {
        var error = Assert.Throws<LedgerFormatException>(() => Checkpoint.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_rejects_statement_signed_by_log_key()
    {
        using var host = NoteSigner.Generate("parley.local/log");
        var statement = new SignedStatement("document", [new("sha256", "x")]).Sign(host);
        Assert.Throws<LedgerFormatException>(() => Checkpoint.Open(statement.ToBytes(), host.Verifier));
        var checkpoint = SignedNote.Sign(new Checkpoint("parley.local/log", 3, new byte[32]).ToText(), host);
        Assert.Equal(3, Checkpoint.Open(checkpoint.ToBytes(), host.Verifier).Checkpoint.Size);
    }

    [Fact]
    public void Open_checkpoint_of_other_origin_is_rejected()
    {
        using var host = NoteSigner.Generate("parley.local/log");
        var note = SignedNote.Sign(new Checkpoint("other.example/log", 3, new byte[32]).ToText(), host);
        var error = Assert.Throws<LedgerFormatException>(() => Checkpoint.Open(note.ToBytes(), host.Verifier));
        Assert.Contains("origin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_random_garbage_only_ever_throws_format_errors()
    {
        using var host = NoteSigner.Generate("parley.local/log");
        var good = SignedNote.Sign(new Checkpoint("parley.local/log", 70000, new byte[32]).ToText(), host).ToBytes();
        var random = new Random(9);
        for (var i = 0; i < 5000; i++)
        {
            var bytes = good.ToArray();
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            try
            {
                Checkpoint.Open(bytes.AsSpan(0, random.Next(bytes.Length + 1)), host.Verifier);
            }
            catch (LedgerFormatException)
            {
            }
        }
        Assert.Equal(70000, Checkpoint.Open(good, host.Verifier).Checkpoint.Size);
    }
}
