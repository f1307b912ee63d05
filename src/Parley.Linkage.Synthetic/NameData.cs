using System.Globalization;
using System.Reflection;

namespace Parley.Linkage.Synthetic;

/// <summary>The generator's name population: ranked real surnames, a long synthetic tail, and given names with frequencies.</summary>
internal sealed class NameData
{
    private static readonly string[] s_tailStarts =
    [
        "Бар", "Вер", "Гор", "Дов", "Жур", "Зал", "Кар", "Лав", "Мар", "Нес", "Пав", "Рад", "Сав", "Тар", "Хар",
        "Чер", "Шар", "Бол", "Гул", "Дем", "Кос", "Лук", "Мих", "Пил", "Ром", "Сем", "Тим", "Фед", "Яр", "Олі",
        "Біл", "Вол", "Гай", "Дуб", "Кли", "Мос", "Пет", "Руд", "Сол", "Хом",
    ];

    private static readonly string[] s_tailMiddles = ["ч", "ш", "к", "н", "р", "л", "д", "ц", "с", "ан", "ин", "ов", "ут"];

    private static readonly string[] s_tailEnds = ["енко", "чук", "юк", "ишин", "ський", "ак", "ик", "ець", "ко", "ук", "ан", "ій"];

    // A second syllable for the wide tail: Барабанчук, Коваленко-like stems from the same starts.
    private static readonly string[] s_tailSeconds = ["", "ан", "ен", "ор", "ус", "ал", "ив", "от"];

    private static NameData? s_wide;

    private NameData(bool wide)
    {
        var ua = Lines("surnames-ua.txt").Distinct().ToArray();
        var ru = Lines("surnames-ru.txt").Distinct().ToArray();
        var seconds = wide ? s_tailSeconds : [""];
        var tail = s_tailStarts
            .SelectMany(a => seconds.SelectMany(s => s_tailMiddles.SelectMany(b => s_tailEnds.Select(c => a + s + b + c))))
            .Distinct()
            .Except(ua)
            .ToArray();
        if (wide)
        {
            // Interleave so that the tail's ranks are not ordered by stem (which would make Бар… common and Хом… rare).
            new Random(17).Shuffle(tail);
        }

        UkrainianSurnames = new WeightedPicker<string>([.. ua, .. tail], wide ? r => 1.0 / (r + 50) : r => 1.0 / (r + 20));
        RussianSurnames = new WeightedPicker<string>(ru, r => 1.0 / (r + 10));

        var male = new List<(GivenName, double)>();
        var female = new List<(GivenName, double)>();
        foreach (var line in wide ? Lines("given-names.tsv").Concat(Lines("given-names-rare.tsv")) : Lines("given-names.tsv"))
        {
            var f = line.Split('\t');
            var entry = new GivenName(f[1], f[2]);
            (f[0] == "M" ? male : female).Add((entry, double.Parse(f[3], CultureInfo.InvariantCulture)));
        }

        MaleNames = new WeightedPicker<GivenName>(male);
        FemaleNames = new WeightedPicker<GivenName>(female);
    }

    public static NameData Instance { get; } = new(wide: false);

    /// <summary>The widened population (<see cref="SyntheticOptions.WideNames"/>).</summary>
    public static NameData Wide => s_wide ??= new NameData(wide: true);

    public WeightedPicker<string> UkrainianSurnames { get; }

    public WeightedPicker<string> RussianSurnames { get; }

    public WeightedPicker<GivenName> MaleNames { get; }

    public WeightedPicker<GivenName> FemaleNames { get; }

    private static List<string> Lines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Parley.Linkage.Synthetic." + resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line.Trim());
            }
        }

        return lines;
    }
}
