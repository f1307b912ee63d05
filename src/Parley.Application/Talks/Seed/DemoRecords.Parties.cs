using Parley.Domain.Talks;

namespace Parley.Application.Talks.Seed;

internal static partial class DemoRecords
{
    public static readonly Guid Zelenskyy = SeedId.Of("person/zelenskyy");
    public static readonly Guid Putin = SeedId.Of("person/putin");
    public static readonly Guid Trump = SeedId.Of("person/trump");
    public static readonly Guid Erdogan = SeedId.Of("person/erdogan");
    public static readonly Guid Umerov = SeedId.Of("person/umerov");
    public static readonly Guid Medinsky = SeedId.Of("person/medinsky");
    public static readonly Guid Peskov = SeedId.Of("person/peskov");
    public static readonly Guid Fidan = SeedId.Of("person/fidan");
    public static readonly Guid Yermak = SeedId.Of("person/yermak");
    public static readonly Guid Kyslytsya = SeedId.Of("person/kyslytsya");
    public static readonly Guid Skibitskyi = SeedId.Of("person/skibitskyi");
    public static readonly Guid Rutte = SeedId.Of("person/rutte");
    public static readonly Guid Lubinets = SeedId.Of("person/lubinets");
    public static readonly Guid LvovaBelova = SeedId.Of("person/lvova-belova");

    private static IEnumerable<Party> Parties() =>
    [
        new() { Id = SeedId.Of("party/UA"), Code = "UA", Name = "Ukraine", NativeName = "Україна", Roles = PartyRoles.Belligerent, Source = "ISO 3166-1" },
        new() { Id = SeedId.Of("party/RU"), Code = "RU", Name = "Russia", NativeName = "Россия", Aliases = ["Russian Federation"], Roles = PartyRoles.Belligerent, Source = "ISO 3166-1" },
        new() { Id = SeedId.Of("party/US"), Code = "US", Name = "United States", Aliases = ["USA", "United States of America"], Roles = PartyRoles.Mediator, Source = "ISO 3166-1" },
        new() { Id = SeedId.Of("party/TR"), Code = "TR", Name = "Türkiye", NativeName = "Türkiye", Aliases = ["Turkey", "Turkiye"], Roles = PartyRoles.Mediator | PartyRoles.Host, Source = "ISO 3166-1" },
    ];

    private static IEnumerable<Person> Persons() =>
    [
        Public(Zelenskyy, "Volodymyr Zelenskyy", "Володимир Зеленський", "UA", new OfficeTerm("President of Ukraine", new DateOnly(2019, 5, 20))),
        Public(Putin, "Vladimir Putin", "Владимир Путин", "RU", new OfficeTerm("President of Russia", new DateOnly(2012, 5, 7))),
        Public(Trump, "Donald Trump", null, "US", new OfficeTerm("President of the United States", new DateOnly(2025, 1, 20))),
        Public(Erdogan, "Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "TR", new OfficeTerm("President of Türkiye", new DateOnly(2014, 8, 28))),
        Public(Umerov, "Rustem Umerov", "Рустем Умєров", "UA",
            new OfficeTerm("Minister of Defence; head of Ukraine's delegation (rounds 1–2)", new DateOnly(2023, 9, 6), new DateOnly(2025, 7, 16), Meduza),
            new OfficeTerm("Secretary of the National Security and Defense Council; head of Ukraine's delegation (round 3)", new DateOnly(2025, 7, 17), null, Meduza)),
        Public(Medinsky, "Vladimir Medinsky", "Владимир Мединский", "RU", new OfficeTerm("Aide to the President of Russia; head of Russia's delegation", null, null, Meduza)),
        Public(Peskov, "Dmitry Peskov", "Дмитрий Песков", "RU", new OfficeTerm("Kremlin spokesman", null, null, Article)),
        Public(Fidan, "Hakan Fidan", "Hakan Fidan", "TR", new OfficeTerm("Minister of Foreign Affairs of Türkiye; chaired round 3", new DateOnly(2023, 6, 4), null, Meduza)),
        Public(Yermak, "Andriy Yermak", "Андрій Єрмак", "UA", new OfficeTerm("Head of the Office of the President of Ukraine; member of the delegation (round 3)", null, null, Meduza)),
        Public(Kyslytsya, "Serhiy Kyslytsya", "Сергій Кислиця", "UA", new OfficeTerm("First Deputy Foreign Minister of Ukraine; member of the delegation (round 3)", null, null, Meduza)),
        Public(Skibitskyi, "Vadym Skibitskyi", "Вадим Скібіцький", "UA", new OfficeTerm("Deputy head of Defence Intelligence of Ukraine; member of the delegation (round 3)", null, null, Meduza)),
        Public(Rutte, "Mark Rutte", null, null, new OfficeTerm("Secretary General of NATO", new DateOnly(2024, 10, 1), null, Ultimatum)),
        Public(Lubinets, "Dmytro Lubinets", "Дмитро Лубінець", "UA", new OfficeTerm("Ukrainian Parliament Commissioner for Human Rights", null, null, "unn.ua")),
        Public(LvovaBelova, "Maria Lvova-Belova", "Мария Львова-Белова", "RU", new OfficeTerm("Children's Rights Commissioner for the President of Russia", null, null, "rubryka.com")),
        new()
        {
            Id = SeedId.Of("person/synthetic-ua-secretary"), Name = "Oksana Demchuk (synthetic)", NativeName = "Оксана Демчук (синтетична)", Party = "UA",
            IsSynthetic = true, Roles = [new OfficeTerm("Delegation secretary (invented for the demo)")], Source = "Synthetic demo person",
        },
        new()
        {
            Id = SeedId.Of("person/synthetic-ru-secretary"), Name = "Pavel Orlov (synthetic)", NativeName = "Павел Орлов (синтетический)", Party = "RU",
            IsSynthetic = true, Roles = [new OfficeTerm("Delegation secretary (invented for the demo)")], Source = "Synthetic demo person",
        },
    ];

    private static Person Public(Guid id, string name, string? native, string? party, params OfficeTerm[] roles) => new()
    {
        Id = id, Name = name, NativeName = native, Party = party, IsPublicFigure = true, Roles = [.. roles], Source = roles.FirstOrDefault()?.Source ?? Article,
    };
}
