using Microsoft.Extensions.Options;
using Parley.Ledger.Serving;
using Parley.Ledger.Storage;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Server.Features.Log;

/// <summary>Creates the ledger tables at start, then signs a checkpoint every few seconds whenever the log grew.</summary>
public sealed partial class CheckpointPublishingService(
    LedgerDatabase database, LedgerHost host, IOptions<LedgerOptions> options, TimeProvider time, ILogger<CheckpointPublishingService> logger)
    : BackgroundService
{
    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await LedgerSchema.EnsureCreatedAsync(connection, null, cancellationToken);
        }
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
        await using var connection = await database.OpenAsync(cancellationToken);
        var publisher = new CheckpointPublisher(host.Key, host.Cache, time);
        await publisher.PublishAsync(new DbLogStore(connection), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "publishing a checkpoint failed; retrying at the next tick")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception);
}
