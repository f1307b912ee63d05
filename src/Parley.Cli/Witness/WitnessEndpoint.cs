using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parley.Ledger;
using Parley.Ledger.Witnessing;

namespace Parley.Cli.Witness;

/// <summary>
/// C2SP tlog-witness over HTTP: <c>POST /add-checkpoint</c> (body: <c>old N</c>, proof lines, blank line, checkpoint),
/// answered 200 with the cosignature line, 409 <c>text/x.tlog.size</c> with the last cosigned size, or
/// 400/403/404/422 with the reason, as the spec says. A thin shell over <see cref="WitnessService"/>.
/// </summary>
internal static class WitnessEndpoint
{
    private const long MaxBody = 64 * 1024;

    public static async Task<WebApplication> StartAsync(string url, WitnessService witness, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = MaxBody);
        builder.Services.AddSingleton(witness);
        var app = builder.Build();
        app.MapPost("/add-checkpoint", AddCheckpointAsync);
        await app.StartAsync(cancellationToken);
        return app;
    }

    private static async Task<IResult> AddCheckpointAsync(HttpRequest request, WitnessService witness, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        AddCheckpointRequest parsed;
        try
        {
            parsed = AddCheckpointRequest.Parse(body.ToArray());
        }
        catch (LedgerFormatException e)
        {
            return Results.Text(e.Message + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var (verdict, cosignature, _) = await witness.AddAsync(parsed, cancellationToken);
        return verdict.Status switch
        {
            WitnessStatus.Cosign => Results.Text(cosignature + "\n", "text/plain; charset=utf-8"),
            WitnessStatus.Conflict when !verdict.Contradicts => Results.Text($"{verdict.KnownSize}\n", "text/x.tlog.size", statusCode: StatusCodes.Status409Conflict),
            _ => Results.Text(verdict.Message + "\n", "text/plain; charset=utf-8", statusCode: (int)verdict.Status),
        };
    }
}
