namespace Parley.Server.Api;

/// <summary>
/// HEAD on every GET route (RFC 9110 §9.3.2: a server MUST support GET and HEAD): before routing, a HEAD request is
/// routed as GET; just before the response starts the method is HEAD again, so the server sends the GET answer's
/// status and headers (Content-Length included) and no body. First in the pipeline (error pages too answer as for
/// GET), and before <c>UseRouting</c> so that the GET endpoint is the one chosen.
/// </summary>
internal static class HeadRequests
{
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            context.Request.Method = HttpMethods.Get;
            context.Response.OnStarting(() =>
            {
                context.Request.Method = HttpMethods.Head;
                return Task.CompletedTask;
            });
            var body = context.Response.Body;
            var discarded = new CountingSink();
            context.Response.Body = discarded;
            try
            {
                await next(context);

                // What a GET of the same size would have declared: Kestrel sets Content-Length for a body written
                // in one piece, and a HEAD answer carries the same header (RFC 9110 §9.3.2).
                if (!context.Response.HasStarted && context.Response.ContentLength is null)
                {
                    context.Response.ContentLength = discarded.Length;
                }
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });

        return app;
    }

    /// <summary>Discards what is written and counts it.</summary>
    private sealed class CountingSink : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }
    }
}
