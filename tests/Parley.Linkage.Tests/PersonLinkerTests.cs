using Parley.Linkage.Synthetic;

namespace Parley.Linkage.Tests;

public sealed class PersonLinkerTests
{
    private static PersonRecord P(string id, string family, string given, string? patronymic, string dob, Sex sex = Sex.Male)
    {
        Assert.True(PartialDate.TryParse(dob, out var date));
        return new PersonRecord(id, family, given, patronymic, date, sex, PersonCategory.Military);
    }

    /// <summary>Hand-written pairs from real naming practice, inside lists of unrelated people so the model has data.</summary>
    private static (List<PersonRecord> Left, List<PersonRecord> Right) HandWritten()
    {
        List<PersonRecord> left =
        [
            P("L1", "Олійник", "Олександр", "Олексійович", "1987-04-12"),
            P("L2", "Шевчук", "Микола", "Іванович", "1975-11-03"),
            P("L3", "Kovalenko", "Yurii", null, "1992-07-21"),
            P("L4", "Гнатюк", "Ганна", "Петрівна", "1969", Sex.Female),
            P("L5", "Дмитро", "Бондаренко", "Сергійович", "1990-02-05"),
            P("L6", "Лисенко", "Євген", "Вікторович", "1983-03-08"),
        ];
        List<PersonRecord> right =
        [
            P("R1", "Олейник", "Александр", "Алексеевич", "12.04.1987"),
            P("R2", "SHEVCHUK", "NIKOLAI", "IVANOVICH", "1975-03-11"),
            P("R3", "Коваленко", "Юрий", "Петрович", "1992-07-21"),
            P("R4", "Gnatyuk", "Anna", null, "1969-05-14", Sex.Female),
            P("R5", "Бондаренко", "Дмитрий", "Сергеевич", "1990-02-05"),
            P("R6", "Лысенко", "Евгений", "Викторович", "1984-03-08"),
        ];
        var filler = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = 3000, RightCount = 3000, Overlap = 0.5, Seed = 11 });
        left.AddRange(filler.Left);
        right.AddRange(filler.Right);
        return (left, right);
    }

    [Fact]
    public void Link_handWrittenCrossScriptPairs_areMatched()
    {
        var (left, right) = HandWritten();
        var result = new PersonLinker().Link(left, right);
        var matched = result.Pairs.Where(p => p.Decision == LinkDecision.Match)
            .ToDictionary(p => left[p.LeftIndex].Id, p => right[p.RightIndex].Id);
        foreach (var i in Enumerable.Range(1, 6))
        {
            Assert.Equal($"R{i}", matched.GetValueOrDefault($"L{i}"));
        }
    }

    [Fact]
    public void Link_output_isOneToOneSortedAndExplained()
    {
        var (left, right) = HandWritten();
        var result = new PersonLinker().Link(left, right);
        var matches = result.Pairs.Where(p => p.Decision == LinkDecision.Match).ToList();
        Assert.Equal(matches.Count, matches.Select(p => p.LeftIndex).Distinct().Count());
        Assert.Equal(matches.Count, matches.Select(p => p.RightIndex).Distinct().Count());
        Assert.True(result.Pairs.Zip(result.Pairs.Skip(1)).All(x => x.First.Score >= x.Second.Score));
        Assert.All(result.Pairs, p => Assert.InRange(p.Score, 0.0, 1.0));
        var first = result.Pairs.Single(p => left[p.LeftIndex].Id == "L1");
        Assert.Equal("family=transliteration given=UA/RU form patronymic=UA/RU form dob=exact sex=agrees", first.Explanation);
        var swapped = result.Pairs.Single(p => left[p.LeftIndex].Id == "L5");
        Assert.Contains("order=swapped", swapped.Explanation, StringComparison.Ordinal);
        Assert.Equal(matches.Count, result.Statistics.Matches);
    }

    [Fact]
    public void Link_indistinguishableNamesakes_goToReviewNotMatch()
    {
        List<PersonRecord> left = [P("L1", "Мельник", "Іван", null, "1990")];
        List<PersonRecord> right = [P("R1", "Мельник", "Иван", null, "1990"), P("R2", "Мельник", "Иван", null, "1990")];
        var filler = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = 2000, RightCount = 2000, Seed = 3 });
        left.AddRange(filler.Left);
        right.AddRange(filler.Right);
        var result = new PersonLinker().Link(left, right);
        Assert.DoesNotContain(result.Pairs, p => p.LeftIndex == 0 && p.Decision == LinkDecision.Match);
        Assert.Contains(result.Pairs, p => p.LeftIndex == 0 && p.Decision == LinkDecision.Review);
    }

    [Fact]
    public void Link_syntheticLists_reachQualityGoal()
    {
        var lists = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = 5000, RightCount = 5000, Seed = 21 });
        var result = new PersonLinker().Link(lists.Left, lists.Right);
        var quality = LinkEvaluation.Score(
            result.Pairs.Where(p => p.Decision == LinkDecision.Match).Select(p => (lists.Left[p.LeftIndex].Id, lists.Right[p.RightIndex].Id)),
            lists.Truth);
        Assert.True(quality.Precision >= 0.98, $"precision {quality.Precision:F4}");
        Assert.True(quality.F1 >= 0.95, $"F1 {quality.F1:F4}");
    }

    [Fact]
    public void Link_namesakesOutnumberingMatches_stillMatchByDateOfBirth()
    {
        // Many people share each of a few full names, as at a million records per side: the name blocks are
        // mostly namesakes born in the same two years, and only the date tells who is who. 50 of each name's 80 people are on both lists.
        var lists = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = 5000, RightCount = 5000, Seed = 5 });
        var left = lists.Left.ToList();
        var right = lists.Right.ToList();
        var truth = new List<(string, string)>();
        var random = new Random(9);
        string[][] names = [["Мельник", "Олександр", "Іванович", "Мельник", "Александр", "Иванович"],
            ["Шевченко", "Сергій", "Петрович", "Шевченко", "Сергей", "Петрович"], ["Бондар", "Андрій", "Миколайович", "Бондарь", "Андрей", "Николаевич"],
            ["Коваль", "Юрій", "Олегович", "Коваль", "Юрий", "Олегович"], ["Ткаченко", "Іван", "Васильович", "Ткаченко", "Иван", "Васильевич"],
            ["Кравченко", "Олег", "Іванович", "Кравченко", "Олег", "Иванович"], ["Лисенко", "Василь", "Петрович", "Лысенко", "Василий", "Петрович"],
            ["Бойко", "Дмитро", "Сергійович", "Бойко", "Дмитрий", "Сергеевич"], ["Руденко", "Михайло", "Іванович", "Руденко", "Михаил", "Иванович"],
            ["Марченко", "Віктор", "Андрійович", "Марченко", "Виктор", "Андреевич"], ["Савченко", "Павло", "Юрійович", "Савченко", "Павел", "Юрьевич"],
            ["Поліщук", "Роман", "Олегович", "Полищук", "Роман", "Олегович"], ["Мороз", "Богдан", "Іванович", "Мороз", "Богдан", "Иванович"],
            ["Кузьменко", "Тарас", "Петрович", "Кузьменко", "Тарас", "Петрович"], ["Гончар", "Максим", "Вікторович", "Гончар", "Максим", "Викторович"]];
        foreach (var (n, k) in names.Select((n, k) => (n, k)))
        {
            var days = Enumerable.Range(0, 730).OrderBy(_ => random.Next()).Take(80).ToArray();
            for (var i = 0; i < 80; i++)
            {
                var dob = new DateOnly(1985, 1, 1).AddDays(days[i]).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                if (i < 50 || i % 2 == 0)
                {
                    left.Add(P($"NL{k}-{i}", n[0], n[1], n[2], dob));
                }

                if (i < 50 || i % 2 == 1)
                {
                    right.Add(P($"NR{k}-{i}", n[3], n[4], n[5], dob));
                }

                if (i < 50)
                {
                    truth.Add(($"NL{k}-{i}", $"NR{k}-{i}"));
                }
            }
        }

        var result = new PersonLinker().Link(left, right);
        var matched = result.Pairs.Where(p => p.Decision == LinkDecision.Match)
            .Select(p => (left[p.LeftIndex].Id, right[p.RightIndex].Id)).Where(p => p.Item1.StartsWith('N') || p.Item2.StartsWith('N')).ToList();
        var quality = LinkEvaluation.Score(matched, truth);
        var wrong = result.Pairs.Where(p => p.Decision == LinkDecision.Match && (left[p.LeftIndex].Id.StartsWith('N') || right[p.RightIndex].Id.StartsWith('N')) && !truth.Contains((left[p.LeftIndex].Id, right[p.RightIndex].Id))).Select(p => $"{left[p.LeftIndex].Id} {left[p.LeftIndex].DateOfBirth} {right[p.RightIndex].Id} {right[p.RightIndex].DateOfBirth} {p.Score:F3} {p.Explanation}");
        Assert.True(quality.Recall >= 0.97 && quality.Precision >= 0.98, $"namesakes: precision {quality.Precision:F4}, recall {quality.Recall:F4}; " + string.Join("; ", wrong));
    }

    [Fact]
    public void MeasureBlocking_syntheticLists_keepsNearlyAllTruePairs()
    {
        var lists = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = 5000, RightCount = 5000, Seed = 22 });
        var report = new PersonLinker().MeasureBlocking(lists.Left, lists.Right, lists.Truth);
        Assert.Equal(lists.Truth.Count, report.TruePairs);
        Assert.True(report.Recall >= 0.97, $"blocking recall {report.Recall:P2}");
        Assert.True(report.CandidatePairs < 50L * lists.Left.Count, $"{report.CandidatePairs} candidates");
    }

    [Fact]
    public void Link_emptyList_returnsNoPairs()
    {
        var result = new PersonLinker().Link([], [P("R1", "Мельник", "Іван", null, "1990")]);
        Assert.Empty(result.Pairs);
    }
}
