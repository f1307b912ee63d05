namespace Parley.Server.Features.Analysis;

public static class TalksAnalysisServices
{
    public static IServiceCollection AddTalksAnalysis(this IServiceCollection services) => services.AddScoped<TalksAnalysis>();
}
