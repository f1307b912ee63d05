using Microsoft.Extensions.DependencyInjection;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Application.Talks;

namespace Parley.Server.Bench;

/// <summary>Synthetic statements and incidents over a year, mostly public, some shared, through <see cref="IRecordWriter"/>.</summary>
internal static class EventLoader
{
    private const int Batch = 500;
    private static readonly string[] Parties = ["UA", "RU", "US", "TR"];
    private static readonly string[] Places = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Belgorod", "Kursk", "Zaporizhzhia", "Lviv"];

    public static async Task<int> LoadAsync(IServiceProvider services, int count)
    {
        var random = new Random(20250723);
        var written = 0;
        while (written < count)
        {
            var batch = new List<TalkRecord>(Batch);
            for (var i = 0; i < Batch && written + batch.Count < count; i++)
            {
                batch.Add(Make(random, written + batch.Count));
            }
            await using var scope = services.CreateAsyncScope();
            var refused = await scope.ServiceProvider.GetRequiredService<IRecordWriter>().CreateManyAsync(Viewer.System, batch);
            if (refused is not null)
            {
                throw new InvalidOperationException("The bench load was refused: " + refused.Message);
            }
            written += batch.Count;
        }
        return written;
    }

    private static TalkRecord Make(Random random, int n)
    {
        var on = new DateOnly(2025, 1, 1).AddDays(random.Next(365));
        var party = Parties[random.Next(Parties.Length)];
        var visibility = random.Next(10) == 0 ? Visibility.Shared : Visibility.Public;
        if (n % 3 == 0)
        {
            return new Incident
            {
                OccurredOn = on, Place = Places[random.Next(Places.Length)], Type = (IncidentKind)random.Next(4), ReportedBy = "Bench loader (synthetic)",
                AffectedParty = party is "UA" or "RU" ? party : "UA", Summary = $"Synthetic incident {n} for the benchmark", IsIllustrative = true,
                CasualtyClaims = [new CasualtyClaim(party, random.Next(5), random.Next(20), "synthetic")], Visibility = visibility, Source = "synthetic bench data",
            };
        }
        return new Statement
        {
            SpeakerName = $"Synthetic speaker {n % 40}", SpeakerParty = party, SaidOn = on, Visibility = visibility,
            Quotation = $"Synthetic statement {n}: we remain ready to continue the talks on the humanitarian track.", Source = "synthetic bench data",
            EventCode = new EventCode(EventCodeScheme.Cameo, "036"),
        };
    }
}
