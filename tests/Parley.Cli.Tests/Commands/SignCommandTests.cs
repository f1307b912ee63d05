using Parley.Cli.Tests.Infrastructure;
using Parley.Ledger.Notes;

namespace Parley.Cli.Tests.Commands;

public sealed class SignCommandTests
{
    private const string Manifest = "parley/signed/v1\nkind exchange-manifest\nbatch 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\nsha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n";

    [Fact]
    public void Sign_statement_file_signs_it_as_it_stands_under_its_own_kind()
    {
        using var dir = new TempDirectory();
        var key = Path.Combine(dir.Path, "ua.key");
        var (code, verifier, err) = ParleyProcess.Run("keys", "new", "--name", "ukraine.mod", "--out", key);
        Assert.True(code == 0, err);
        var manifest = Path.Combine(dir.Path, "manifest.txt");
        File.WriteAllText(manifest, Manifest);

        (code, var note, err) = ParleyProcess.Run("sign", "--key", key, "--kind", "exchange-manifest", manifest);

        Assert.True(code == 0, err);
        var (statement, signatures) = SignedStatement.Open(System.Text.Encoding.UTF8.GetBytes(note), "exchange-manifest", [NoteVerifier.Parse(verifier.Trim())]);
        Assert.Equal(Manifest, statement.ToText());
        Assert.Equal("ukraine.mod", Assert.Single(signatures).Name);
    }

    [Fact]
    public void Sign_statement_file_under_another_kind_is_refused_with_reason()
    {
        using var dir = new TempDirectory();
        var key = Path.Combine(dir.Path, "ru.key");
        Assert.Equal(0, ParleyProcess.Run("keys", "new", "--name", "russia.mod", "--out", key).Code);
        var manifest = Path.Combine(dir.Path, "manifest.txt");
        File.WriteAllText(manifest, Manifest);

        var (code, note, err) = ParleyProcess.Run("sign", "--key", key, "--kind", "exchange-confirmation", manifest);

        Assert.Equal(1, code);
        Assert.Equal("", note);
        Assert.Contains("is a 'exchange-manifest' statement, not the 'exchange-confirmation'", err, StringComparison.Ordinal);
    }
}
