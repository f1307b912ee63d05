using Parley.Ledger.Notes;
using Parley.Ledger.Verification;

namespace Parley.Ledger.Tests.Verification;

public sealed class LogVerifierTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("parley-state-").FullName;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task VerifyAsync_honest_growing_log_passes_and_keeps_state(string provider)
    {
        await using var log = await LogFixture.CreateAsync(provider);
        await log.AppendAsync(700, 1);
        await log.PublishAsync();
        var verifier = new LogVerifier(log.Fetcher, log.HostKey.Verifier);
        var first = await verifier.VerifyAsync(new CheckpointStateDirectory(_state), recompute: true);
        Assert.True(first.Ok, first.Message);
        Assert.Equal(700, first.EntriesChecked);

        await log.AppendAsync(300, 2);
        await log.PublishAsync();
        var second = await verifier.VerifyAsync(new CheckpointStateDirectory(_state), recompute: true);
        Assert.True(second.Ok, second.Message);
        Assert.Equal(1000, second.Checkpoint!.Size);
        Assert.Equal(1000, Checkpoint.Open(File.ReadAllBytes(Path.Combine(_state, "checkpoint")), log.HostKey.Verifier).Checkpoint.Size);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task VerifyAsync_with_other_log_key_fails_with_reason(string provider)
    {
        await using var log = await LogFixture.CreateAsync(provider);
        await log.AppendAsync(10, 1);
        await log.PublishAsync();
        using var other = NoteSigner.Generate(LogFixture.Origin);
        var result = await new LogVerifier(log.Fetcher, other.Verifier).VerifyAsync(null, recompute: true);
        Assert.False(result.Ok);
        Assert.Contains("no valid signature", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task VerifyAsync_forking_server_is_caught_by_consistency(string provider)
    {
        await using var log = await LogFixture.CreateAsync(provider);
        await log.AppendAsync(300, 1);
        await log.PublishAsync();
        var verifier = new LogVerifier(log.Fetcher, log.HostKey.Verifier);
        Assert.True((await verifier.VerifyAsync(new CheckpointStateDirectory(_state), recompute: false)).Ok);

        // The same host key signs a second history that differs at entry 150, then grows past the first.
        await using var fork = await LogFixture.CreateAsync(provider, NoteSigner.Parse(log.HostKey.ToPrivateKeyString()));
        await fork.AppendAsync(150, 1);
        await fork.AppendAsync(400, 99);
        await fork.PublishAsync();
        log.Handle.Database = fork.Database;
        var result = await verifier.VerifyAsync(new CheckpointStateDirectory(_state), recompute: true);
        Assert.False(result.Ok);
        Assert.Contains("forked", result.Message, StringComparison.Ordinal);
        // A verifier without memory of the first view sees a self-consistent log: state is what catches forks.
        Assert.True((await new LogVerifier(log.Fetcher, log.HostKey.Verifier).VerifyAsync(null, recompute: true)).Ok);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task VerifyAsync_log_that_shrank_is_caught(string provider)
    {
        await using var log = await LogFixture.CreateAsync(provider);
        await log.AppendAsync(50, 1);
        await log.PublishAsync();
        var verifier = new LogVerifier(log.Fetcher, log.HostKey.Verifier);
        Assert.True((await verifier.VerifyAsync(new CheckpointStateDirectory(_state), recompute: false)).Ok);
        await using var older = await LogFixture.CreateAsync(provider, NoteSigner.Parse(log.HostKey.ToPrivateKeyString()));
        await older.AppendAsync(40, 1);
        await older.PublishAsync();
        log.Handle.Database = older.Database;
        var result = await verifier.VerifyAsync(new CheckpointStateDirectory(_state), recompute: false);
        Assert.False(result.Ok);
        Assert.Contains("shrank", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_server_serving_garbage_gets_clear_errors_not_crashes()
    {
        using var host = NoteSigner.Generate(LogFixture.Origin);
        var random = new Random(4);
        for (var i = 0; i < 200; i++)
        {
            var garbage = new byte[random.Next(0, 300)];
            random.NextBytes(garbage);
            var fetcher = new GarbageFetcher(garbage);
            var result = await new LogVerifier(fetcher, host.Verifier).VerifyAsync(null, recompute: true);
            Assert.False(result.Ok);
            Assert.False(string.IsNullOrWhiteSpace(result.Message));
        }
    }

    public void Dispose() => Directory.Delete(_state, true);

    private sealed class GarbageFetcher(byte[] body) : ILogFetcher
    {
        public Task<byte[]?> GetAsync(string path, CancellationToken cancellationToken) => Task.FromResult<byte[]?>(body);

        public Task<(int Status, string Body)> PostAsync(string path, string text, CancellationToken cancellationToken) => Task.FromResult((500, "no"));
    }
}
