using System.Globalization;

namespace Parley.Domain.Minutes;

/// <summary>
/// The fixed wording of drafted minutes in one language (English, Ukrainian, Russian). Only Parley's own words are
/// translated; what the record holds (names, outcomes, quotations) stays as entered.
/// </summary>
public sealed record MinutesLanguage(
    string Code,
    string Title,
    IReadOnlyDictionary<MinutesPart, string> Headings,
    string Date,
    string Venue,
    string Chair,
    string Format,
    string Head,
    string Owner,
    string Due,
    string NoOwner,
    string None,
    IReadOnlyDictionary<string, string> Words)
{
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Code);

    public string Word(string key) => Words.TryGetValue(key, out var word) ? word : key;

    public static MinutesLanguage For(string code) => code switch
    {
        "uk" => Uk,
        "ru" => Ru,
        _ => En,
    };

    public static MinutesLanguage En { get; } = new("en", "Minutes of round {0} of talks",
        new Dictionary<MinutesPart, string>
        {
            [MinutesPart.Meeting] = "Meeting", [MinutesPart.Attendance] = "Attendance", [MinutesPart.Agenda] = "Agenda",
            [MinutesPart.Outcomes] = "Outcomes", [MinutesPart.FollowUps] = "Follow-ups", [MinutesPart.Statements] = "Statements",
        },
        "Date", "Venue", "Chair", "Format", "head", "owner", "due", "no owner", "none recorded",
        new Dictionary<string, string> { ["InPerson"] = "in person", ["Online"] = "online", ["Hybrid"] = "hybrid", ["Open"] = "open", ["Done"] = "done", ["Dropped"] = "dropped" });

    public static MinutesLanguage Uk { get; } = new("uk", "Протокол раунду переговорів {0}",
        new Dictionary<MinutesPart, string>
        {
            [MinutesPart.Meeting] = "Зустріч", [MinutesPart.Attendance] = "Присутні", [MinutesPart.Agenda] = "Порядок денний",
            [MinutesPart.Outcomes] = "Результати", [MinutesPart.FollowUps] = "Доручення", [MinutesPart.Statements] = "Заяви",
        },
        "Дата", "Місце", "Головує", "Формат", "голова", "відповідальний", "строк", "без відповідального", "не зафіксовано",
        new Dictionary<string, string> { ["InPerson"] = "очно", ["Online"] = "онлайн", ["Hybrid"] = "змішаний", ["Open"] = "відкрите", ["Done"] = "виконано", ["Dropped"] = "скасовано" });

    public static MinutesLanguage Ru { get; } = new("ru", "Протокол раунда переговоров {0}",
        new Dictionary<MinutesPart, string>
        {
            [MinutesPart.Meeting] = "Встреча", [MinutesPart.Attendance] = "Присутствовали", [MinutesPart.Agenda] = "Повестка",
            [MinutesPart.Outcomes] = "Итоги", [MinutesPart.FollowUps] = "Поручения", [MinutesPart.Statements] = "Заявления",
        },
        "Дата", "Место", "Председатель", "Формат", "глава", "ответственный", "срок", "без ответственного", "не зафиксировано",
        new Dictionary<string, string> { ["InPerson"] = "очно", ["Online"] = "онлайн", ["Hybrid"] = "смешанный", ["Open"] = "открыто", ["Done"] = "выполнено", ["Dropped"] = "отменено" });
}
