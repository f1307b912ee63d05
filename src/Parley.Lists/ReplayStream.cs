namespace Parley.Lists;

/// <summary>
/// A read-only stream that gives back the bytes already read for sniffing, then the rest of the
/// source, counting what it has delivered for progress reports. This lets a non-seekable upload be
/// sniffed without buffering it whole.
/// </summary>
internal sealed class ReplayStream(byte[] head, int headLength, Stream source, bool leaveOpen) : Stream
{
    private int _headPosition;

    public long Delivered { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Delivered;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        if (_headPosition < headLength)
        {
            n = Math.Min(buffer.Length, headLength - _headPosition);
            head.AsSpan(_headPosition, n).CopyTo(buffer);
            _headPosition += n;
        }
        else
        {
            n = source.Read(buffer);
        }

        Delivered += n;
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_headPosition < headLength)
        {
            return Read(buffer.Span);
        }

        var n = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Delivered += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            source.Dispose();
        }

        base.Dispose(disposing);
    }
}
