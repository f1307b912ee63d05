using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Parley.Application.Log;

public static class LogServices
{
    /// <summary>The log's options (section <c>Ledger</c>), its host key and tile cache, its one reader and the Record pages' view.</summary>
    public static IServiceCollection AddParleyLog(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LedgerOptions>(configuration.GetSection("Ledger"));
        services.AddSingleton<LedgerHost>();
        services.AddScoped<LedgerView>();
        return services;
    }
}
