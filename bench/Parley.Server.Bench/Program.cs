using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Identity;
using Parley.Server.Bench;
using Parley.Application;
using Parley.Application.Users;

// Loads N events into a Parley data directory through the one write path, so the server bench reads a
// realistic timeline. Usage: Parley.Server.Bench <data-directory> [events=10000]
if (args.Length < 1)
{
    await Console.Error.WriteLineAsync("usage: Parley.Server.Bench <data-directory> [events]");
    return 2;
}
var events = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var services = new ServiceCollection();
services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
services.AddParleyApplication(ParleyDataOptions.Create(args[0], Environment.GetEnvironmentVariable("ConnectionStrings__Parley")));
services.AddIdentityCore<ParleyUser>().AddParleyIdentityStores();
await using var provider = services.BuildServiceProvider();
await using (var scope = provider.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();
}
await using (var scope = provider.CreateAsyncScope())
{
    // The signed-in dashboard run reads as this delegate (its party's shared records and drafts, its name in the top bar).
    var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
    var created = await accounts.CreateAsync("bench.ua@parley.test", "delegation", "UA", "Parley-bench-password-1");
    if (!created.Succeeded)
    {
        await Console.Error.WriteLineAsync("could not create the bench user: " + string.Join("; ", created.Errors.SelectMany(e => e.Value)));
        return 1;
    }
}
var clock = Stopwatch.StartNew();
var loaded = await EventLoader.LoadAsync(provider, events);
Console.WriteLine($"loaded {loaded} events in {clock.Elapsed.TotalSeconds:F1} s ({loaded / clock.Elapsed.TotalSeconds:F0} events/s through the write path)");
return 0;
