using Parley.Ledger.Notes;

namespace Parley.Ledger.Tests.Notes;

public sealed class SignedStatementTests
{
    [Fact]
    public void Open_signed_manifest_returns_fields()
    {
        using var party = NoteSigner.Generate("ukraine.mod");
        var note = new SignedStatement("exchange-manifest", [new("name", "batch-7.csv"), new("sha256", "abc=")]).Sign(party);
        var (statement, signatures) = SignedStatement.Open(note.ToBytes(), "exchange-manifest", [party.Verifier]);
        Assert.Equal("batch-7.csv", statement["name"]);
        Assert.Single(signatures);
    }

    [Fact]
    public void Open_statement_of_other_kind_is_rejected()
    {
        using var party = NoteSigner.Generate("ukraine.mod");
        var note = new SignedStatement("document", [new("sha256", "abc=")]).Sign(party);
        var error = Assert.Throws<LedgerFormatException>(() => SignedStatement.Open(note.ToBytes(), "exchange-manifest", [party.Verifier]));
        Assert.Contains("kind 'document'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_checkpoint_text_is_not_a_statement() =>
        Assert.Throws<LedgerFormatException>(() => SignedStatement.Parse(GoNoteVectors.GoSumTree));
}
