using Parley.Domain.Minutes;
using Parley.Domain.Talks;

namespace Parley.Domain.Tests.Minutes;

public sealed class MinutesDrafterTests
{
    private static readonly Person Medinsky = new() { Id = Guid.CreateVersion7(), Name = "Vladimir Medinsky", Party = "RU" };
    private static readonly Person Umerov = new() { Id = Guid.CreateVersion7(), Name = "Rustem Umerov", Party = "UA" };
    private static readonly Person Yermak = new() { Id = Guid.CreateVersion7(), Name = "Andriy Yermak", Party = "UA" };
    private static readonly Person Fidan = new() { Id = Guid.CreateVersion7(), Name = "Hakan Fidan", Party = "TR" };

    private static readonly Dictionary<Guid, Person> People = new[] { Medinsky, Umerov, Yermak, Fidan }.ToDictionary(p => p.Id);

    private static Round Round3() => new()
    {
        Number = 3, Venue = "Çırağan Palace", City = "Istanbul", StartsOn = new DateOnly(2025, 7, 23), Chair = Fidan.Id, Format = MeetingFormat.InPerson,
        Delegations = [new DelegationSeat("RU", Medinsky.Id, []), new DelegationSeat("UA", Umerov.Id, [Yermak.Id])],
        Agenda = [new AgendaItem("Prisoner exchanges"), new AgendaItem("A leaders' meeting")],
        Outcomes = ["Agreed a 1,200-for-1,200 exchange of prisoners of war"],
        FollowUps = [new FollowUp("Answer the proposal of a leaders' meeting") { OwnerParty = "RU", DueOn = new DateOnly(2025, 8, 31) }],
    };

    private static readonly Statement[] Statements =
    [
        new() { Speaker = Umerov.Id, SaidOn = new DateOnly(2025, 7, 23), Quotation = "We propose a leaders' meeting." },
        new() { SpeakerName = "Dmitry Peskov", SaidOn = new DateOnly(2025, 7, 24), Quotation = "Diametrically opposed." },
    ];

    [Fact]
    public void Draft_has_every_part_in_order()
    {
        var draft = MinutesDrafter.Draft(Round3(), People, Statements, MinutesLanguage.En);
        Assert.Equal(Enum.GetValues<MinutesPart>(), draft.Sections.Select(s => s.Part));
        Assert.Equal("Minutes of round 3 of talks", draft.Title);
    }

    [Fact]
    public void Draft_attendance_names_each_partys_head_first()
    {
        var attendance = MinutesDrafter.Draft(Round3(), People, Statements, MinutesLanguage.En).Sections[1].Lines;
        Assert.Equal(["RU: Vladimir Medinsky (head)", "UA: Rustem Umerov (head), Andriy Yermak"], attendance);
    }

    [Fact]
    public void Draft_follow_up_carries_owner_due_date_and_status()
    {
        var line = Assert.Single(MinutesDrafter.Draft(Round3(), People, Statements, MinutesLanguage.En).Sections[4].Lines);
        Assert.Equal("Answer the proposal of a leaders' meeting (owner: RU; due 31 August 2025; open)", line);
    }

    [Fact]
    public void Draft_statements_only_from_the_rounds_days()
    {
        var said = MinutesDrafter.Draft(Round3(), People, Statements, MinutesLanguage.En).Sections[5].Lines;
        Assert.Equal(["Rustem Umerov: “We propose a leaders' meeting.”"], said);
    }

    [Fact]
    public void Draft_in_ukrainian_translates_parleys_words_and_keeps_the_records()
    {
        var draft = MinutesDrafter.Draft(Round3(), People, Statements, MinutesLanguage.Uk);
        Assert.Equal("Протокол раунду переговорів 3", draft.Title);
        Assert.Equal("Дата: 23 липня 2025", draft.Sections[0].Lines[0]);
        Assert.Equal("Результати", draft.Sections[3].Heading);
        Assert.Equal("Agreed a 1,200-for-1,200 exchange of prisoners of war", draft.Sections[3].Lines[0]);
    }

    [Fact]
    public void Draft_empty_part_says_none_recorded()
    {
        var round = Round3();
        round.Outcomes = [];
        Assert.Equal(["none recorded"], MinutesDrafter.Draft(round, People, [], MinutesLanguage.En).Sections[3].Lines);
    }

    [Fact]
    public void ToText_is_headings_and_items()
    {
        var text = MinutesDrafter.Draft(Round3(), People, Statements, MinutesLanguage.Ru).ToText();
        Assert.StartsWith("# Протокол раунда переговоров 3\n\n## Встреча\n- Дата: 23 июля 2025\n", text, StringComparison.Ordinal);
        Assert.Contains("## Повестка\n- 1. Prisoner exchanges\n", text, StringComparison.Ordinal);
    }
}
