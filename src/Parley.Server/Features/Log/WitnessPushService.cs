using Microsoft.Extensions.Options;
using Parley.Application.Log;
using Parley.Ledger.Witnessing;

namespace Parley.Server.Features.Log;

/// <summary>Every publish interval, pushes the latest checkpoint to the configured witnesses that have not cosigned it.</summary>
public sealed partial class WitnessPushService(WitnessPush push, IOptions<LedgerOptions> options, TimeProvider time, ILogger<WitnessPushService> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!push.Any)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.PublishInterval, time);
        do
        {
            try
            {
                foreach (var result in await push.PushAsync(stoppingToken))
                {
                    Report(result);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPushFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void Report(WitnessPushResult result)
    {
        if (result.Kind == WitnessReplyKind.Cosigned)
        {
            LogCosigned(logger, result.Witness, result.Size);
        }
        else
        {
            LogRefused(logger, result.Witness, result.Size, result.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "witness {Witness} cosigned checkpoint {Size}")]
    private static partial void LogCosigned(ILogger logger, Uri witness, long size);

    [LoggerMessage(Level = LogLevel.Warning, Message = "witness {Witness} did not cosign checkpoint {Size}: {Reason}; trying again at the next tick")]
    private static partial void LogRefused(ILogger logger, Uri witness, long size, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "pushing checkpoints to witnesses failed; retrying at the next tick")]
    private static partial void LogPushFailed(ILogger logger, Exception exception);
}
