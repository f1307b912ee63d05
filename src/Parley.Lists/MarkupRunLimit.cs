namespace Parley.Lists;

/// <summary>
/// Passes XML bytes through, failing once more than <paramref name="limit"/> bytes come without a <c>&lt;</c>.
/// An attribute value cannot hold a literal <c>&lt;</c>, so this bounds what an <c>XmlReader</c> must buffer for
/// one attribute, name or text run before the caller sees it.
/// </summary>
internal sealed class MarkupRunLimit(Stream inner, int limit) : Stream
{
    private int _run;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var span = buffer[..read];
        var first = span.IndexOf((byte)'<');
        if (first < 0)
        {
            _run += read;
        }
        else
        {
            // The run before the first '<' continues the previous read's; runs inside one read are shorter than the limit.
            if (_run + first > limit)
            {
                throw new ExceededException();
            }

            _run = read - span.LastIndexOf((byte)'<') - 1;
        }

        if (_run > limit)
        {
            throw new ExceededException();
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Thrown through the XML reader to the caller, which names the limit.</summary>
    internal sealed class ExceededException : Exception;
}
