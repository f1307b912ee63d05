using Microsoft.Extensions.DependencyInjection;

namespace Parley.Application.Text;

/// <summary>Registers the negotiating text's use cases.</summary>
internal static class TextServices
{
    public static IServiceCollection AddParleyTexts(this IServiceCollection services) => services
        .AddScoped<TextStore>()
        .AddScoped<Seed.DemoTextSeed>()
        .AddScoped(s => new ImportText(s.GetRequiredService<TextStore>()))
        .AddScoped(s => new ReadText(s.GetRequiredService<TextStore>()))
        .AddScoped(s => new CompareText(s.GetRequiredService<ReadText>()))
        .AddScoped(s => new ExportText(s.GetRequiredService<ReadText>()))
        .AddScoped(s => new ListTexts(s.GetRequiredService<TextStore>()))
        .AddScoped(s => new EditClause(s.GetRequiredService<TextStore>()))
        .AddScoped(s => new ReadClauseHistory(s.GetRequiredService<TextStore>()))
        .AddScoped(s => new ReadProgress(s.GetRequiredService<TextStore>()))
        .AddScoped(s => new DraftProposal(s.GetRequiredService<TextStore>()))
        .AddScoped(s => new SubmitProposal(s.GetRequiredService<TextStore>()))
        .AddScoped(s => new ListProposals(s.GetRequiredService<TextStore>()))
        .AddScoped(s => new FoldProposal(s.GetRequiredService<TextStore>()))
        .AddScoped(s => new InitialText(s.GetRequiredService<TextStore>(), s.GetRequiredService<Humanitarian.Keys.PartyKeys>()))
        .AddScoped(s => new ReadAgreement(s.GetRequiredService<TextStore>()));
}
