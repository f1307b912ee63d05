using Microsoft.Extensions.DependencyInjection;
using Parley.Data.Configuration;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
namespace Parley.Application.Humanitarian;

public static class HumanitarianServices
{
    public const string KeyFileName = "personal-data.key";

    /// <summary>Registers the humanitarian track's services; the personal-data key lives in the data directory's keys folder.</summary>
    public static IServiceCollection AddParleyHumanitarian(this IServiceCollection services)
    {
        services.AddSingleton(sp => new PersonalDataCipher(PersonalDataKeyFile.LoadOrCreate(Path.Combine(sp.GetRequiredService<ParleyDataOptions>().KeysDirectory, KeyFileName))));
        services.AddSingleton<PersonSealer>();
        services.AddScoped<HumanitarianParties>();
        services.AddScoped<PersonalDataAudit>();
        services.AddScoped<PersonImporter>();
        services.AddScoped<RegistryReader>();
        services.AddScoped<LinkageRunner>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<PartyKeys>();
        services.AddScoped<HostDesignations>();
        services.AddScoped<ExchangeService>();
        services.AddScoped<ChildCases>();
        services.AddScoped<RegistryCorrections>();
        return services;
    }
}
