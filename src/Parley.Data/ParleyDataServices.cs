using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data.Configuration;

namespace Parley.Data;

public static class ParleyDataServices
{
    /// <summary>Registers the database: SQLite or PostgreSQL, from configuration.</summary>
    public static IServiceCollection AddParleyData(this IServiceCollection services, IConfiguration configuration) =>
        services.AddParleyData(ParleyDataOptions.From(configuration));

    public static IServiceCollection AddParleyData(this IServiceCollection services, ParleyDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.TryAddTimeProvider();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContextPool<ParleyDbContext, SqliteParleyDbContext>(o => o.UseSqlite(options.ConnectionString));
        }
        else
        {
            services.AddDbContextPool<ParleyDbContext, NpgsqlParleyDbContext>(o => o.UseNpgsql(options.ConnectionString));
        }
        return services;
    }

    /// <summary>Identity's user and role stores on the Parley database, with the account rules (lockout, passwords).</summary>
    public static IdentityBuilder AddParleyIdentityStores(this IdentityBuilder identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        identity.Services.Configure<IdentityOptions>(o =>
        {
            o.User.RequireUniqueEmail = true;
            o.Lockout.AllowedForNewUsers = true;
            o.Lockout.MaxFailedAccessAttempts = 5;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            o.Password.RequiredLength = 10;
        });
        return identity.AddRoles<IdentityRole>().AddEntityFrameworkStores<ParleyDbContext>();
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
