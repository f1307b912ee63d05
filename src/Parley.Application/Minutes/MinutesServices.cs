using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Humanitarian.Keys;

namespace Parley.Application.Minutes;

/// <summary>Registers the minutes' use cases.</summary>
internal static class MinutesServices
{
    public static IServiceCollection AddParleyMinutes(this IServiceCollection services) => services
        .AddScoped<MinutesStore>()
        .AddScoped(s => new DraftMinutes(s.GetRequiredService<MinutesStore>()))
        .AddScoped(s => new ReadMinutes(s.GetRequiredService<MinutesStore>()))
        .AddScoped(s => new SaveMinutes(s.GetRequiredService<MinutesStore>()))
        .AddScoped(s => new SignMinutes(s.GetRequiredService<MinutesStore>(), s.GetRequiredService<PartyKeys>()))
        .AddScoped(s => new ExportMinutes(s.GetRequiredService<MinutesStore>(), s.GetRequiredService<DraftMinutes>()));
}
