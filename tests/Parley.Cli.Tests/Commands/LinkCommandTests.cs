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

    [Fact]
    public void Link_explainSaveModelAndLearn_writeWaterfallModelAndRelink()
    {
        var (gen, _, genErr) = ParleyProcess.Run("generate-lists", "--out-dir", _dir, "--left", "2000", "--right", "2000", "--seed", "5");
        Assert.True(gen == 0, genErr);
        var (left, right) = (Path.Combine(_dir, "left.csv"), Path.Combine(_dir, "right.csv"));
        var (pairs, explain, model) = (Path.Combine(_dir, "pairs.csv"), Path.Combine(_dir, "explain.csv"), Path.Combine(_dir, "model.json"));

        var (code, _, err) = ParleyProcess.Run("link", left, right, "-o", pairs, "--explain", explain, "--save-model", model);

        Assert.True(code == 0, err);
        var steps = File.ReadAllLines(explain, Encoding.UTF8);
        Assert.Equal("left_id,right_id,decision,score,lacking,step,name,level,m,u,log2_weight,probability", steps[0]);
        var first = ReadPairs(pairs)[0];
        var waterfall = steps.Skip(1).Where(l => l.StartsWith($"{first[0]},{first[1]},", StringComparison.Ordinal)).Select(l => l.Split(',')).ToList();
        Assert.Equal(["prior", "family", "given", "patronymic", "dob", "sex", "one-to-one"], waterfall.Select(f => f[6]).Where(n => !n.Contains("frequency", StringComparison.Ordinal) && n != "order"));
        Assert.InRange(Math.Abs(double.Parse(first[2], CultureInfo.InvariantCulture) - double.Parse(waterfall[^1][11], CultureInfo.InvariantCulture)), 0, 0.0001);
        Assert.Contains(steps, l => l.Contains(",no-dob", StringComparison.Ordinal) || l.Contains(" no-dob", StringComparison.Ordinal));
        var saved = Parley.Linkage.Model.LinkModel.FromJson(File.ReadAllText(model));
        Assert.Equal(6, saved.Comparisons.Count);

        var again = Path.Combine(_dir, "again.csv");
        (code, _, err) = ParleyProcess.Run("link", left, right, "-o", again, "--model", model);
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllLines(pairs).Select(l => string.Join(',', l.Split(',')[..2])), File.ReadAllLines(again).Select(l => string.Join(',', l.Split(',')[..2])));

        var truth = File.ReadAllLines(Path.Combine(_dir, "truth.csv")).Skip(1).ToHashSet();
        var decisions = Write("decisions.csv", "left_id,right_id,same\n" + string.Join("\n", ReadPairs(pairs).Take(100)
            .Select(p => $"{p[0]},{p[1]},{(truth.Contains($"{p[0]},{p[1]}") ? "yes" : "no")}")) + "\n", new UTF8Encoding(false));
        (code, _, err) = ParleyProcess.Run("link", left, right, "-o", Path.Combine(_dir, "learnt.csv"), "--learn", decisions, "--save-model", model);
        Assert.True(code == 0, err);
        Assert.Equal(100, Parley.Linkage.Model.LinkModel.FromJson(File.ReadAllText(model)).LabelledPairs);

        var bad = Write("bad.csv", "left_id,right_id,same\nUA-0000001,NOPE,yes\n", new UTF8Encoding(false));
        (code, _, err) = ParleyProcess.Run("link", left, right, "-o", Path.Combine(_dir, "never.csv"), "--learn", bad);
        Assert.NotEqual(0, code);
        Assert.Contains("line 2", err, StringComparison.Ordinal);
        Assert.Contains("NOPE", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "never.csv")));
    }
}
