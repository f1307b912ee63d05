using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Tests.Infrastructure;
using Parley.Data;
using Parley.Application.Humanitarian.Protection;
using Parley.Data.Humanitarian;
using Parley.Domain.Humanitarian;
using Parley.Linkage;
using Parley.Lists;

namespace Parley.Application.Tests.Humanitarian;

/// <summary>
/// Issue 13: <c>parley link</c> (the list reader's records, straight into the engine) and the server's
/// <see cref="LinkageRunner"/> (the registry's sealed details, through <see cref="PersonDetails.ToRecord"/>)
/// give the engine the same records, so a CLI link and a server link of the same lists agree pair for pair.
/// </summary>
public sealed class LinkInputTests
{
    private const string Header = "id,family_name,given_name,patronymic,date_of_birth,sex,category,health,blood_type";

    // The rows where the two adapters used to differ: empty patronymics, partial and very old dates (the engine's
    // own date type refused years before 1800, so the CLI threw where the server read "no date"), no sex, Latin.
    private static readonly string[] UaRows =
    [
        "UA-1,Шевченко,Олександр,Іванович,1994-03-12,M,military,,A+",
        "UA-2,Коваленко,Андрій,,1990-11,M,military,seriously wounded,",
        "UA-3,Бондаренко,Ольга,Миколаївна,1988,F,civilian,,",
        "UA-4,Kravchenko,Yurii,,1750-01-02,,civilian,,",
        "UA-5,Мельник,Тарас,Петрович,,M,military,,",
        "UA-6,Ткаченко,Ганна,Іванівна,2012-06-01,F,child,,",
    ];

    private static readonly string[] RuRows =
    [
        "R-1,Шевченко,Александр,Иванович,12.03.1994,M,military,,",
        "R-2,KOVALENKO,ANDREI,PETROVICH,1990-11-02,M,military,,",
        "R-3,Бондаренко,Ольга,,1988-07-19,F,civilian,,",
        "R-4,Кравченко,Юрий,,02.01.1750,,civilian,,",
        "R-5,Мельник,Тарас,Петрович,1979,,military,,",
    ];

    private static MemoryStream Csv(string[] rows) => new(Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n"));

    private static List<PersonRecord> ReadAsTheCliDoes(string[] rows)
    {
        var list = PersonList.Read(Csv(rows));
        Assert.True(list.IsValid, string.Join("; ", list.Issues));
        return [.. list.Records];
    }

    [Fact]
    public async Task CliAndServer_sameLists_sameEngineInputAndSamePairs()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await database.DesignateHostAsync();
        await using var scope = database.Scope();
        var sp = scope.ServiceProvider;
        var importer = sp.GetRequiredService<PersonImporter>();
        Assert.True((await importer.ImportAsync(Officers.Ua, Csv(UaRows), new ImportRequest("UA", "ua.csv", "RU"))).Stored);
        Assert.True((await importer.ImportAsync(Officers.Ru, Csv(RuRows), new ImportRequest("RU", "ru.csv"))).Stored);

        // What the server hands the engine, row by row, against what the CLI reads from the same file.
        var db = sp.GetRequiredService<ParleyDbContext>();
        var sealer = sp.GetRequiredService<PersonSealer>();
        var stored = await db.RegistryPersons.AsNoTracking().ToListAsync();
        var bySource = stored.Select(p => (Row: p, Details: sealer.Open(p.Id, p.Sealed!, p.Commitment)))
            .ToDictionary(p => p.Details.SourceId);
        var cliLeft = ReadAsTheCliDoes(UaRows);
        var cliRight = ReadAsTheCliDoes(RuRows);
        foreach (var cli in cliLeft.Concat(cliRight))
        {
            var server = bySource[cli.Id].Details.ToRecord(cli.Id);
            Assert.Equal(cli with { Line = 0, Extra = PersonRecord.EmptyExtra }, server with { Extra = PersonRecord.EmptyExtra });
            Assert.Equal(cli.Extra.OrderBy(e => e.Key), server.Extra.OrderBy(e => e.Key));
            Assert.Equal(cli.Category, bySource[cli.Id].Row.Category);
        }

        // The server links the registry (children are cases, not linked); the CLI links the files as they are.
        var run = await sp.GetRequiredService<LinkageRunner>().RunAsync(Officers.Host, "UA", "RU");
        Assert.Null(run.Refusal);
        var serverPairs = (await db.PersonLinks.AsNoTracking().ToListAsync())
            .Select(l => Row(
                stored.Single(p => p.Id == l.LeftPersonId), stored.Single(p => p.Id == l.RightPersonId), l.Score,
                l.Status == LinkStatus.Confirmed ? LinkDecision.Match : LinkDecision.Review, l.Explanation))
            .Order(StringComparer.Ordinal).ToList();
        var adults = cliLeft.Where(r => r.Category != PersonCategory.Child).ToList();
        var cliResult = new PersonLinker(LinkOptions.Default).Link(adults, cliRight, null, default);
        var cliPairs = cliResult.Pairs
            .Select(p => Line(adults[p.LeftIndex].Id, cliRight[p.RightIndex].Id, p.Score, p.Decision, p.Explanation))
            .Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(cliPairs);
        Assert.Contains(cliPairs, p => p.StartsWith("UA-4,R-4,", StringComparison.Ordinal));
        Assert.Equal(cliPairs, serverPairs);

        string Row(RegistryPerson left, RegistryPerson right, double score, LinkDecision decision, string explanation) =>
            Line(bySource.Values.Single(v => v.Row.Id == left.Id).Details.SourceId,
                bySource.Values.Single(v => v.Row.Id == right.Id).Details.SourceId, score, decision, explanation);
    }

    private static string Line(string left, string right, double score, LinkDecision decision, string explanation) =>
        string.Create(CultureInfo.InvariantCulture, $"{left},{right},{score:F6},{decision},{explanation}");
}
