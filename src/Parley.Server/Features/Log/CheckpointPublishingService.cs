using Microsoft.Extensions.Options;
using Parley.Ledger.Serving;
using Parley.Application.Log;

namespace Parley.Server.Features.Log;

/// <summary>Signs a checkpoint at start, then every few seconds whenever the log grew.</summary>
public sealed partial class CheckpointPublishingService(
    LogReader logReader, LedgerHost host, IOptions<LedgerOptions> options, TimeProvider time, ILogger<CheckpointPublishingService> logger)
    : BackgroundService
{
    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await PublishOnceAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PublishInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PublishOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPublishFailed(logger, e);
            }
        }
    }

    private async Task PublishOnceAsync(CancellationToken cancellationToken)
    {
        await using var log = await logReader.OpenAsync(cancellationToken);
        var publisher = new CheckpointPublisher(host.Key, host.Cache, time);
        await publisher.PublishAsync(log.Store, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "publishing a checkpoint failed; retrying at the next tick")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception);
}
