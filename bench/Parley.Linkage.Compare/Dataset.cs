using System.Diagnostics;
using Parley.Domain.Humanitarian;
using Parley.Linkage.Synthetic;
using Parley.Lists;

namespace Parley.Linkage.Compare;

/// <summary>
/// One pair of synthetic lists with known truth, written to files in the contract's formats (left:
/// UTF-8 with commas; right: Windows-1251 with semicolons, CRLF and dotted dates) and read back with
/// Parley.Lists, so every contender starts from the same parsed rows.
/// </summary>
internal sealed record Dataset(
    int Size,
    IReadOnlyList<Person> Left,
    IReadOnlyList<Person> Right,
    IReadOnlyList<(string LeftId, string RightId)> Truth,
    TimeSpan ReadTime)
{
    public static Dataset Create(int size, int seed, string directory)
    {
        var lists = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = size, RightCount = size, Seed = seed });
        Directory.CreateDirectory(directory);
        var leftPath = Path.Combine(directory, $"left-{size}.csv");
        var rightPath = Path.Combine(directory, $"right-{size}.csv");
        PersonListWriter.Write(leftPath, lists.Left, PersonListFileFormat.Default);
        PersonListWriter.Write(rightPath, lists.Right, PersonListFileFormat.Windows);
        TruthFile.Write(Path.Combine(directory, $"truth-{size}.csv"), lists.Truth);

        var clock = Stopwatch.StartNew();
        var left = Read(leftPath);
        var right = Read(rightPath);
        clock.Stop();
        return new Dataset(size, left, right, lists.Truth, clock.Elapsed);
    }

    /// <summary>The rows as the engine's own record type.</summary>
    public static List<PersonRecord> ForEngine(IReadOnlyList<Person> people) =>
        [.. people.Select(p => new PersonRecord(
            p.Id, p.Family, p.Given, p.Patronymic, PartialDate.TryParse(p.Dob, out var d) ? d : PartialDate.None))];

    private static List<Person> Read(string path)
    {
        var result = Lists.PersonList.Read(path);
        if (!result.IsValid)
        {
            throw new InvalidDataException($"{path}: {string.Join("; ", result.Errors.Take(5))}");
        }

        return [.. result.Records.Select(r => new Person(
            r.Id, r.FamilyName, r.GivenName, r.Patronymic, r.DateOfBirth.ToString(), r.DateOfBirth.Year))];
    }
}
