using System.Text;
using System.Text.Json;
using Parley.Ledger.Entries;

namespace Parley.Ledger.Tests.Entries;

public sealed class LogEntryTests
{
    private static readonly DateTimeOffset Time = new(2025, 5, 16, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void ToBytes_public_entry_is_canonical_json_with_all_fields()
    {
        var record = JsonSerializer.SerializeToElement(new { round = 1, venue = "Istanbul" });
        var entry = LogEntry.ForPublic(7, Time, "mediator.tr", null, "round.recorded", record);
        Assert.Equal(
            "{\"author\":\"mediator.tr\",\"kind\":\"round.recorded\",\"party\":null,\"payload\":{\"round\":1,\"venue\":\"Istanbul\"}," +
            "\"seq\":7,\"time\":\"2025-05-16T10:30:00.000Z\",\"v\":1,\"visibility\":\"public\"}",
            Encoding.UTF8.GetString(entry.ToBytes()));
        var parsed = LogEntry.Parse(entry.ToBytes());
        Assert.Equal(7, parsed.Seq);
        Assert.Equal(Time, parsed.Time);
        Assert.Equal(entry.ToBytes(), parsed.ToBytes());
    }

    [Fact]
    public void ForCommitment_hides_content_and_opens_only_with_salt()
    {
        var content = JsonSerializer.SerializeToElement(new { name = "Іван Петренко", born = 1990 });
        var commitment = SaltedCommitment.Create(content);
        var entry = LogEntry.ForCommitment(3, Time, "officer.ua", "ukraine", "detainee.listed", Visibility.Shared, commitment);
        var bytes = Encoding.UTF8.GetString(entry.ToBytes());
        Assert.DoesNotContain("Петренко", bytes, StringComparison.Ordinal);
        var parsed = LogEntry.Parse(entry.ToBytes());
        Assert.True(SaltedCommitment.Opens(parsed.CommitmentHash!, content, commitment.Salt));
        var other = JsonSerializer.SerializeToElement(new { name = "Іван Петренко", born = 1991 });
        Assert.False(SaltedCommitment.Opens(parsed.CommitmentHash!, other, commitment.Salt));
        Assert.False(SaltedCommitment.Opens(parsed.CommitmentHash!, content, new byte[32]));
    }

    [Fact]
    public void SaltedCommitment_ignores_member_order_of_content()
    {
        var salt = new byte[32];
        var a = SaltedCommitment.Create(JsonDocument.Parse("{\"a\":1,\"b\":2}").RootElement, salt);
        var b = SaltedCommitment.Create(JsonDocument.Parse("{\"b\":2,\"a\":1}").RootElement, salt);
        Assert.Equal(a.Hash, b.Hash);
    }

    [Fact]
    public void ToBytes_oversized_entry_is_refused()
    {
        var big = JsonSerializer.SerializeToElement(new { text = new string('x', 70_000) });
        var error = Assert.Throws<LedgerFormatException>(() => LogEntry.ForPublic(1, Time, "a", null, "doc", big).ToBytes());
        Assert.Contains("as its hash", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"v\":1}", "seq")]
    [InlineData("{ \"v\":1}", "canonical")]
    [InlineData("{\"author\":\"a\",\"kind\":\"k\",\"party\":null,\"payload\":{\"x\":1},\"seq\":1,\"time\":\"2025-05-16T10:30:00.000Z\",\"v\":1,\"visibility\":\"shared\"}", "commitment")]
    [InlineData("{\"author\":\"a\",\"kind\":\"k\",\"party\":null,\"payload\":1,\"seq\":1.5,\"time\":\"2025-05-16T10:30:00.000Z\",\"v\":1,\"visibility\":\"public\"}", "seq")]
    [InlineData("{\"author\":\"a\",\"kind\":\"k\",\"party\":null,\"payload\":1,\"seq\":1,\"time\":\"yesterday\",\"v\":1,\"visibility\":\"public\"}", "time")]
    [InlineData("{\"author\":\"a\",\"kind\":\"k\",\"party\":null,\"payload\":1,\"seq\":1,\"time\":\"2025-05-16T10:30:00.000Z\",\"v\":2,\"visibility\":\"public\"}", "version")]
    [InlineData("[]", "object")]
    public void Parse_bad_entry_names_the_field(string json, string expected)
    {
        var error = Assert.Throws<LedgerFormatException>(() => LogEntry.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
