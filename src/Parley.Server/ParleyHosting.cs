using Parley.Data.Configuration;
using Parley.Application;
using Parley.Application.Users;

namespace Parley.Server;

internal static partial class ParleyHosting
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Listens on http://localhost:5080 unless ASPNETCORE_URLS, --urls or Kestrel endpoints say otherwise.</summary>
    public static WebApplicationBuilder UseParleyDefaultUrl(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var given = !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!given)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        return builder;
    }

    /// <summary>
    /// Migrates the database, loads the demo once, and creates the first administrator, whose one-time password
    /// is printed to the console (the only place it ever appears). PARLEY_DEMO=false skips the demo.
    /// </summary>
    public static async Task InitialiseParleyAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<ParleyDataOptions>();
        var loadDemo = !string.Equals(app.Configuration["PARLEY_DEMO"], "false", StringComparison.OrdinalIgnoreCase);
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(loadDemo);
        var password = await scope.ServiceProvider.GetRequiredService<UserAccounts>().EnsureAdministratorAsync();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Parley");
        var database = options.Describe();
        LogData(logger, database, options.DataDirectory);
        if (password is not null)
        {
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine(" Parley: first start. An administrator account was created:");
            Console.WriteLine($"   email:    {UserAccounts.AdministratorEmail}");
            Console.WriteLine($"   password: {password}");
            Console.WriteLine(" This one-time password is shown only now; change it at first sign-in.");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Parley data: {Database}; data directory {DataDirectory}")]
    private static partial void LogData(ILogger logger, string database, string dataDirectory);
}
