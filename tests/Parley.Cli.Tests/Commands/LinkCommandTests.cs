using System.Globalization;
using System.Text;

namespace Parley.Cli.Tests.Commands;

/// <summary>Runs <c>parley link</c> on real files written in the contract's encodings and delimiters.</summary>
public sealed class LinkCommandTests : IDisposable
{
    private const string Header = "id,family_name,given_name,patronymic,date_of_birth,sex,category";
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-link-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text, Encoding encoding)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, encoding);
        return path;
    }

    private static List<string[]> ReadPairs(string path) =>
        [.. File.ReadAllLines(path, Encoding.UTF8).Skip(1).Select(l => l.Split(','))];

    private static Encoding Windows1251()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }

    [Fact]
    public void Link_handWrittenListsInTwoEncodings_writesContractPairs()
    {
        var left = Write("ua.csv", string.Join("\n",
            Header,
            "UA-1,Олійник,Олександр,Олексійович,1987-04-12,M,military",
            "UA-2,Шевчук,Микола,Іванович,1975-11-03,M,military",
            "UA-3,Kovalenko,Yurii,,1992-07-21,M,civilian",
            "UA-4,Гнатюк,Ганна,Петрівна,1969,F,civilian",
            "UA-5,Ярмоленко,Тарас,Богданович,2001-01-30,M,military") + "\n", new UTF8Encoding(true));
        var right = Write("ru.csv", string.Join("\r\n",
            "id;family_name;given_name;patronymic;date_of_birth;sex;category",
            "RU-1;Олейник;Александр;Алексеевич;12.04.1987;M;military",
            "RU-2;SHEVCHUK;NIKOLAI;IVANOVICH;1975-03-11;M;military",
            "RU-3;Коваленко;Юрий;;21.07.1992;M;civilian",
            "RU-4;\"Гнатюк\";Анна;Петровна;1969-05-14;F;civilian",
            "RU-9;Петров;Сергей;Иванович;03.03.1960;M;civilian") + "\r\n", Windows1251());
        var output = Path.Combine(_dir, "pairs.csv");

        var (code, _, err) = ParleyProcess.Run("link", left, right, "--out", output);

        Assert.True(code == 0, err);
        var lines = File.ReadAllLines(output, Encoding.UTF8);
        Assert.Equal("left_id,right_id,score,decision,explanation", lines[0]);
        var matches = ReadPairs(output).Where(p => p[3] == "match").ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("RU-1", matches["UA-1"]);
        Assert.Equal("RU-2", matches["UA-2"]);
        Assert.Equal("RU-3", matches["UA-3"]);
        Assert.DoesNotContain("UA-5", matches.Keys);
        Assert.Contains(lines, l => l.StartsWith("UA-1,RU-1,", StringComparison.Ordinal) && l.Contains("given=UA/RU form", StringComparison.Ordinal));
        Assert.Contains("match", err, StringComparison.Ordinal);
        Assert.Contains("peak memory", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_generatedLists_areOneToOneSortedAndAccurate()
    {
        var (gen, _, genErr) = ParleyProcess.Run("generate-lists", "--out-dir", _dir, "--left", "3000", "--right", "2500", "--seed", "4");
        Assert.True(gen == 0, genErr);
        var output = Path.Combine(_dir, "pairs.csv");

        var (code, _, err) = ParleyProcess.Run("link", Path.Combine(_dir, "left.csv"), Path.Combine(_dir, "right.csv"), "-o", output);

        Assert.True(code == 0, err);
        var pairs = ReadPairs(output);
        var scores = pairs.Select(p => double.Parse(p[2], CultureInfo.InvariantCulture)).ToList();
        Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
        Assert.True(scores.Zip(scores.Skip(1)).All(x => x.First >= x.Second), "rows are not sorted by descending score");
        var matches = pairs.Where(p => p[3] == "match").Select(p => (p[0], p[1])).ToList();
        Assert.Equal(matches.Count, matches.Select(m => m.Item1).Distinct().Count());
        Assert.Equal(matches.Count, matches.Select(m => m.Item2).Distinct().Count());
        var truth = File.ReadAllLines(Path.Combine(_dir, "truth.csv")).Skip(1).Select(l => l.Split(',')).Select(f => (f[0], f[1])).ToHashSet();
        var correct = matches.Count(truth.Contains);
        Assert.True(correct >= 0.98 * matches.Count, $"precision {correct}/{matches.Count}");
        Assert.True(correct >= 0.93 * truth.Count, $"recall {correct}/{truth.Count}");
    }

    [Fact]
    public void Link_badRow_failsNamingLineAndColumnAndWritesNothing()
    {
        var left = Write("left.csv", Header + "\n1,Мельник,Іван,,1990-02-30,M,military\n", new UTF8Encoding(false));
        var right = Write("right.csv", Header + "\n1,Мельник,Иван,,1990,M,military\n", new UTF8Encoding(false));
        var output = Path.Combine(_dir, "pairs.csv");

        var (code, _, err) = ParleyProcess.Run("link", left, right, "--out", output);

        Assert.NotEqual(0, code);
        Assert.Contains("line 2", err, StringComparison.Ordinal);
        Assert.Contains("date_of_birth", err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Link_headerOnlyFile_failsWithClearError()
    {
        var left = Write("left.csv", Header + "\n", new UTF8Encoding(false));
        var right = Write("right.csv", Header + "\n1,Мельник,Иван,,1990,M,military\n", new UTF8Encoding(false));

        var (code, _, err) = ParleyProcess.Run("link", left, right, "--out", Path.Combine(_dir, "pairs.csv"));

        Assert.NotEqual(0, code);
        Assert.Contains("left.csv", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_missingFile_failsNamingIt()
    {
        var right = Write("right.csv", Header + "\n1,Мельник,Иван,,1990,M,military\n", new UTF8Encoding(false));

        var (code, _, err) = ParleyProcess.Run("link", Path.Combine(_dir, "nope.csv"), right, "--out", Path.Combine(_dir, "pairs.csv"));

        Assert.NotEqual(0, code);
        Assert.Contains("nope.csv", err, StringComparison.Ordinal);
    }
}
