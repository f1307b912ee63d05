using System.Text;

namespace Parley.Application.Tests.Humanitarian;

/// <summary>Small synthetic lists, as each side writes them (labelled synthetic: no real persons).</summary>
internal static class Lists
{
    public const string Header = "id,family_name,given_name,patronymic,date_of_birth,sex,category,health,date_of_capture";

    public static MemoryStream Csv(params string[] rows) =>
        new(Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n"));

    /// <summary>UA's list of its servicemen held by RU (UA forms, Cyrillic).</summary>
    public static MemoryStream UaSought() => Csv(
        "UA-1,Шевченко,Олександр,Іванович,1994-03-12,M,military,,2023-05-01",
        "UA-2,Коваленко,Андрій,Петрович,1990-11-02,M,military,seriously wounded,2024-02-10",
        "UA-3,Бондаренко,Ольга,Миколаївна,1988-07-19,F,civilian,,2022-04-01");

    /// <summary>RU's list of the persons it holds (RU forms, some Latin).</summary>
    public static MemoryStream RuHeld() => Csv(
        "R-17,Шевченко,Александр,Иванович,12.03.1994,M,military,,",
        "R-18,Коваленко,Андрей,Петрович,1990-11-02,M,military,тяжело ранен,",
        "R-19,BONDARENKO,OLGA,NIKOLAEVNA,1988-07-19,F,civilian,,");

    /// <summary>RU's list of its servicemen it seeks back from UA.</summary>
    public static MemoryStream RuSought() => Csv(
        "R-51,Смирнов,Дмитрий,Сергеевич,1996-01-30,M,military,,",
        "R-52,Кузнецов,Павел,Андреевич,1993-09-09,M,military,,");

    /// <summary>UA's list of the persons it holds.</summary>
    public static MemoryStream UaHeld() => Csv(
        "U-901,Смирнов,Дмитро,Сергійович,1996-01-30,M,military,,",
        "U-902,Kuznetsov,Pavel,Andreevich,1993-09-09,M,military,,");
}
