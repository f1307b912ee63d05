using System.Text;

namespace Parley.Cli.Tests.Commands;

public sealed class GenerateListsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-generate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void GenerateLists_writesContractFilesAndTruth()
    {
        var (code, _, err) = ParleyProcess.Run("generate-lists", "--out-dir", _dir, "--left", "200", "--right", "100", "--overlap", "0.5");

        Assert.True(code == 0, err);
        var left = File.ReadAllLines(Path.Combine(_dir, "left.csv"), Encoding.UTF8);
        Assert.Equal("id,family_name,given_name,patronymic,date_of_birth,sex,category", left[0]);
        Assert.Equal(201, left.Length);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var right = File.ReadAllText(Path.Combine(_dir, "right.csv"), Encoding.GetEncoding(1251));
        Assert.StartsWith("id;family_name;given_name;patronymic;date_of_birth;sex;category\r\n", right, StringComparison.Ordinal);
        Assert.Equal(51, File.ReadAllLines(Path.Combine(_dir, "truth.csv")).Length);
    }

    [Fact]
    public void GenerateLists_badOverlap_fails()
    {
        var (code, _, err) = ParleyProcess.Run("generate-lists", "--out-dir", _dir, "--overlap", "1.5");

        Assert.NotEqual(0, code);
        Assert.Contains("overlap", err, StringComparison.Ordinal);
    }
}
