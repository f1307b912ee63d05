using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Parley.Ledger;
using Parley.Ledger.Serving;
using Parley.Server.Api;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Log;

namespace Parley.Server.Features.Log;

/// <summary>
/// The log under C2SP tlog-tiles: <c>GET /log/checkpoint</c>, <c>GET /log/tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c>,
/// <c>GET /log/tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c>, and <c>POST /log/cosignature</c> for parties' cosignatures (checked against the party key registry, <see cref="PartyKeys"/>).
/// Reading needs no account.
/// </summary>
public static class LogEndpoints
{
    private const int MaxCosignatureBody = 64 * 1024;

    /// <summary>Maps the log endpoints.</summary>
    public static RouteGroupBuilder MapLog(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/log").WithTags("Log");
        group.MapGet("/checkpoint", GetCheckpointAsync);
        group.MapGet("/tile/{**path}", GetTileAsync);
        group.MapPost("/cosignature", PostCosignatureAsync).WithBodyLimit(BodyLimits.SignedNote);
        return group;
    }

    /// <summary>Registers the log's services and the checkpoint publisher.</summary>
    public static IServiceCollection AddLedger(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddParleyLog(configuration);
        services.PostConfigure<LedgerOptions>(o => o.PublicUrl ??= configuration["Parley:PublicUrl"]);
        services.AddHostedService<CheckpointPublishingService>();
        // One client for the life of the process; the pooled connections still follow DNS changes.
        services.AddSingleton(sp => new WitnessPush(sp.GetRequiredService<LogReader>(), sp.GetRequiredService<LedgerHost>(),
            sp.GetRequiredService<IOptions<LedgerOptions>>(),
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(10) },
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<WitnessPushService>();
        return services;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetCheckpointAsync(LogReader logReader, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var log = await logReader.OpenAsync(cancellationToken);
        var resource = await LogResources.CheckpointAsync(log.Store, cancellationToken);
        if (resource is null)
        {
            return TypedResults.NotFound();
        }
        response.Headers.CacheControl = "no-cache, max-age=2";
        return TypedResults.File(resource.Body, resource.ContentType);
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> GetTileAsync(
        string path, LogReader logReader, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var log = await logReader.OpenAsync(cancellationToken);
        try
        {
            var resource = await LogResources.TileAsync(log.Store, "tile/" + path, cancellationToken);
            if (resource is null)
            {
                return TypedResults.NotFound();
            }
            response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return TypedResults.File(resource.Body, resource.ContentType);
        }
        catch (LedgerFormatException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Malformed tile path");
        }
    }

    private static async Task<Results<Ok<CosignatureReceipt>, ProblemHttpResult>> PostCosignatureAsync(
        HttpRequest request, LogReader logReader, PartyKeys keys, TimeProvider time, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        if (body.Length > MaxCosignatureBody)
        {
            return TypedResults.Problem($"a cosignature note is at most {MaxCosignatureBody} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        var registered = await keys.ActiveAsync(cancellationToken);
        await using var log = await logReader.OpenAsync(cancellationToken);
        try
        {
            var stored = await CosignatureIntake.AcceptAsync(log.Store, body.ToArray(), time.GetUtcNow().ToUnixTimeSeconds(), registered, cancellationToken);
            return TypedResults.Ok(new CosignatureReceipt(stored[0].Size, [.. stored.Select(s => s.Cosigner)]));
        }
        catch (LedgerFormatException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Cosignature refused");
        }
    }
}
