using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Parley.Server.Auth;

/// <summary>
/// Limits on guessing passwords that no single client address can turn against an account's holder: a fixed window per
/// account (System.Threading.RateLimiting), and a lockout per account <em>and</em> address after
/// <see cref="FailuresBeforeLockout"/> failures, so an address that keeps failing locks out only itself. (A limit per
/// address over all accounts is a fixed window per address, the same kind; a fixed window rather than a token bucket,
/// whose refill is spread over the minute, so the limit is the number written.) Accounts are keyed by
/// the e-mail as typed, whether or not it exists, so the answers say nothing about which accounts do.
/// </summary>
internal sealed class SignInThrottle(TimeProvider clock, IConfiguration configuration) : IDisposable
{
    public const int FailuresBeforeLockout = 5;

    private const int MaxTracked = 50_000;

    private static readonly TimeSpan LockoutWindow = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<(string Account, string Address), Failures> _failures = new();

    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("Parley:SignIn:PerAccountPerMinute", 10),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private readonly PartitionedRateLimiter<string> _perAddress = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("Parley:SignIn:PerAddressPerMinute", 30),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private sealed record Failures(int Count, DateTimeOffset Since, DateTimeOffset? LockedUntil);

    public static string Account(string email) => email.Trim().ToUpperInvariant();

    /// <summary>Takes one attempt from the address's and the account's buckets; false when either has had too many this minute.</summary>
    public bool TryAttempt(string account, string address)
    {
        using var fromAddress = _perAddress.AttemptAcquire(address);
        if (!fromAddress.IsAcquired)
        {
            return false;
        }
        using var forAccount = _perAccount.AttemptAcquire(account);
        return forAccount.IsAcquired;
    }

    /// <summary>Whether this address has locked itself out of this account.</summary>
    public bool IsLockedOut(string account, string address) =>
        _failures.TryGetValue((account, address), out var failures) && failures.LockedUntil > clock.GetUtcNow();

    public void Failed(string account, string address)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > MaxTracked)
        {
            foreach (var stale in _failures.Where(f => f.Value.Since + LockoutWindow < now && !(f.Value.LockedUntil > now)).Select(f => f.Key).ToList())
            {
                _failures.TryRemove(stale, out _);
            }
        }
        _failures.AddOrUpdate((account, address), _ => new Failures(1, now, null), (_, old) =>
        {
            var count = old.Since + LockoutWindow < now ? 1 : old.Count + 1;
            return new Failures(count, count == 1 ? now : old.Since, count >= FailuresBeforeLockout ? now + LockoutWindow : old.LockedUntil);
        });
    }

    public void Succeeded(string account, string address) => _failures.TryRemove((account, address), out _);

    public void Dispose()
    {
        _perAccount.Dispose();
        _perAddress.Dispose();
    }
}
