namespace Parley.Linkage.Synthetic;

/// <summary>
/// Forms patronymics from a father's given name by the Ukrainian (Правопис 2019 § 42) and Russian
/// rules, independently of the engine's equivalence table.
/// </summary>
internal static class Patronymics
{
    public static string Ukrainian(string father, bool female) => father switch
    {
        "Микола" => female ? "Миколаївна" : "Миколайович",
        "Ілля" => female ? "Іллівна" : "Ілліч",
        "Кузьма" => female ? "Кузьмівна" : "Кузьмич",
        "Лука" => female ? "Луківна" : "Лукич",
        "Григорій" => female ? "Григорівна" : "Григорович",
        "Яків" => female ? "Яківна" : "Якович",
        "Федір" => female ? "Федорівна" : "Федорович",
        _ when father.EndsWith('й') => father[..^1] + (female ? "ївна" : "йович"),
        _ when father.EndsWith('ь') => father[..^1] + (female ? "івна" : "ьович"),
        _ when father.EndsWith('о') || father.EndsWith('а') => father[..^1] + (female ? "івна" : "ович"),
        _ => father + (female ? "івна" : "ович"),
    };

    public static string Russian(string father, bool female) => father switch
    {
        "Никита" => female ? "Никитична" : "Никитич",
        "Илья" => female ? "Ильинична" : "Ильич",
        "Кузьма" => female ? "Кузьминична" : "Кузьмич",
        "Лука" => female ? "Лукинична" : "Лукич",
        "Фома" => female ? "Фоминична" : "Фомич",
        "Лев" => female ? "Львовна" : "Львович",
        "Павел" => female ? "Павловна" : "Павлович",
        "Пётр" => female ? "Петровна" : "Петрович",
        "Михаил" => female ? "Михайловна" : "Михайлович",
        "Яков" => female ? "Яковлевна" : "Яковлевич",
        "Георгий" or "Дмитрий" => father[..^2] + (female ? "иевна" : "иевич"),
        _ when father.EndsWith("ий", StringComparison.Ordinal) => father[..^2] + (female ? "ьевна" : "ьевич"),
        _ when father.EndsWith("ей", StringComparison.Ordinal) || father.EndsWith("ай", StringComparison.Ordinal)
            => father[..^1] + (female ? "евна" : "евич"),
        _ when father.EndsWith('ь') => father[..^1] + (female ? "евна" : "евич"),
        _ => father + (female ? "овна" : "ович"),
    };
}
