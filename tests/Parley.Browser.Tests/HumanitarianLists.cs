using System.Text;

namespace Parley.Browser.Tests;

/// <summary>
/// Small synthetic lists as each side writes them (no real persons): what each side holds and whom it seeks, in
/// each side's own forms (Ukrainian and Russian Cyrillic, some Latin), written to files for the upload control.
/// </summary>
internal static class HumanitarianLists
{
    private const string Header = "id,family_name,given_name,patronymic,date_of_birth,sex,category,health,date_of_capture";

    /// <summary>UA's list of its people held by RU.</summary>
    public static readonly string[] UaSought =
    [
        "UA-1,Шевченко,Олександр,Іванович,1994-03-12,M,military,,2023-05-01",
        "UA-2,Коваленко,Андрій,Петрович,1990-11-02,M,military,seriously wounded,2024-02-10",
        "UA-3,Бондаренко,Ольга,Миколаївна,1988-07-19,F,civilian,,2022-04-01",
        "UA-4,Мельник,Іван,,1990,M,military,,",
    ];

    /// <summary>UA's list of the persons it holds.</summary>
    public static readonly string[] UaHeld =
    [
        "U-901,Смирнов,Дмитро,Сергійович,1996-01-30,M,military,,",
        "U-902,Kuznetsov,Pavel,Andreevich,1993-09-09,M,military,,",
    ];

    /// <summary>RU's list of the persons it holds: two namesakes of one UA seeks, which the engine cannot tell apart.</summary>
    public static readonly string[] RuHeld =
    [
        "R-17,Шевченко,Александр,Иванович,12.03.1994,M,military,,",
        "R-18,Коваленко,Андрей,Петрович,1990-11-02,M,military,тяжело ранен,",
        "R-19,BONDARENKO,OLGA,NIKOLAEVNA,1988-07-19,F,civilian,,",
        "R-20,Мельник,Иван,,1990,M,military,,",
        "R-21,Мельник,Иван,,1990,M,military,,",
    ];

    /// <summary>RU's list of its servicemen it seeks back from UA.</summary>
    public static readonly string[] RuSought =
    [
        "R-51,Смирнов,Дмитрий,Сергеевич,1996-01-30,M,military,,",
        "R-52,Кузнецов,Павел,Андреевич,1993-09-09,M,military,,",
    ];

    /// <summary>Writes a list to <paramref name="directory"/>; a run-unique column keeps each file's hash new, as the same file cannot be filed twice.</summary>
    public static string Write(string directory, string name, IEnumerable<string> rows)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, Header + ",batch_ref\n" + string.Join("\n", rows.Select(r => r + "," + run)) + "\n", new UTF8Encoding(false));
        return path;
    }
}
