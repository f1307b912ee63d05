using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Application.Text;

namespace Parley.Application;

public static class ApplicationServices
{
    /// <summary>Registers the database (SQLite or PostgreSQL from configuration) and every use case on it.</summary>
    public static IServiceCollection AddParleyApplication(this IServiceCollection services, IConfiguration configuration) =>
        services.AddParleyApplication(ParleyDataOptions.From(configuration));

    public static IServiceCollection AddParleyApplication(this IServiceCollection services, ParleyDataOptions options)
    {
        services.AddParleyData(options);
        services.AddSingleton<LedgerDatabase>();
        services.AddSingleton<LogReader>();
        services.AddSingleton<ReadCache>();
        services.AddScoped<IRecordWriter, RecordWriter>();
        services.AddScoped<ITalksReader, TalksReader>();
        services.AddScoped<AnalysisProfiles>();
        services.AddScoped<TalksAnalysis>();
        services.AddScoped<DemoSeed>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<AuthorLookup>();
        services.AddScoped<AccountList>();
        services.AddScoped<DatabaseInitialiser>();
        services.AddParleyHumanitarian();
        services.AddParleyTexts();
        return services;
    }
}
