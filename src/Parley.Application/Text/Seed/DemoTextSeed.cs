using System.Text;
using Parley.Domain.Access;

namespace Parley.Application.Text.Seed;

/// <summary>Stores the illustrative draft's three versions through the import use case (each with its log entry), as a public text.</summary>
public sealed class DemoTextSeed(ImportText import)
{
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        Guid? id = null;
        foreach (var (round, content) in DemoText.Versions)
        {
            var stored = await import.RunAsync(Viewer.System, new ImportTextRequest(Encoding.UTF8.GetBytes(content), id, Round: round, Language: "en",
                Visibility: Visibility.Public, ExpectedVersion: id is null ? null : round - 1), cancellationToken);
            id = stored.Refusal is { } refusal
                ? throw new InvalidOperationException($"the demo text (round {round}) was refused: {refusal.Message}")
                : stored.Value.TextId;
        }
    }
}
