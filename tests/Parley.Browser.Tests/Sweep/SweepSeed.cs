using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;

namespace Parley.Browser.Tests.Sweep;

/// <summary>
/// The humanitarian records the demo does not carry (a registry person, a child's case, an exchange batch), filed
/// once per server by the host's officer through the same services the pages use, so their pages have an address.
/// </summary>
internal static class SweepSeed
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<BrowserApp, IReadOnlyList<string>> Seeded = [];

    /// <summary>Files the records once per server; returns the addresses no page links to (a registry person is found by searching).</summary>
    public static async Task<IReadOnlyList<string>> EnsureAsync(BrowserApp app)
    {
        await Gate.WaitAsync();
        try
        {
            if (Seeded.TryGetValue(app, out var known))
            {
                return known;
            }
            var host = new Viewer(ParleyRole.Humanitarian, "TR", "sweep", "sweep officer");
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var run = Guid.NewGuid().ToString("N")[..6];
            var list = "id,family_name,given_name,patronymic,date_of_birth,sex,category\n"
                + $"S-{run},Оглядренко,Петро,Іванович,1990-01-02,M,military\n";
            using var file = new MemoryStream(new UTF8Encoding(false).GetBytes(list));
            var imported = await services.GetRequiredService<PersonImporter>().ImportAsync(host, file, new ImportRequest("UA", $"sweep-{run}.csv", "RU"));
            Require(imported.Valid, "registry list");
            var (child, refusal) = await services.GetRequiredService<ChildCases>().OpenAsync(host, "UA",
                new ChildCaseDetails("Оглядренко", "Марія", null, "2015-04-02", null, "Херсон (synthetic)", "Anapa (synthetic)", null));
            Require(child is not null, "child's case: " + refusal?.Message);
            var batch = await services.GetRequiredService<ExchangeService>().CreateAsync(host, "Sweep " + run, "UA", "RU",
                [new CategoryTerms(PersonCategory.Military, 1, 1)]);
            Require(batch.Succeeded, "exchange batch: " + batch.Refusal?.Message);
            var person = await services.GetRequiredService<ParleyDbContext>().RegistryPersons.AsNoTracking()
                .Where(p => p.SourceId == "S-" + run).Select(p => p.Id).SingleAsync();
            IReadOnlyList<string> paths = ["/humanitarian/registry/" + person];
            Seeded[app] = paths;
            return paths;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void Require(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException("The sweep could not file its " + what);
        }
    }
}
