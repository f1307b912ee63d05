using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Parley.Server.Api;

/// <summary>
/// How large a request body may be (issue 14, finding 3): 1 MiB unless an endpoint says otherwise (a person list
/// 128 MiB, a signed note 64 KiB). A declared length over the limit is answered 413 naming the limit before a
/// byte is read; a body without one is cut off at the limit (Kestrel's own check, and a counting stream so that
/// every host, the test host too, enforces the same).
/// </summary>
internal static class BodyLimits
{
    public const long Default = 1L << 20;
    public const long PersonList = 128L << 20;
    public const long SignedNote = 64L << 10;

    /// <summary>Sets this endpoint's limit (an <see cref="IRequestSizeLimitMetadata"/>, which Kestrel honours too).</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequestSizeLimitAttribute(bytes));

    public static WebApplicationBuilder AddParleyBodyLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = Default);
        return builder;
    }

    public static WebApplication UseParleyBodyLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? Default;
            if (context.Request.ContentLength > limit)
            {
                await TooLarge(context, limit, context.Request.ContentLength.Value);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            context.Request.Body = new LimitedBody(context.Request.Body, limit);
            await next(context);
        });
        return app;
    }

    /// <summary>
    /// The body spooled to a temporary file deleted on close, so a large upload costs disk rather than memory
    /// and the reader gets a seekable stream (XLSX needs one); the limit is enforced while copying.
    /// </summary>
    public static async Task<Stream> SpoolAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await request.Body.CopyToAsync(file, 1 << 16, cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>"1 MiB", "64 KiB": how the limit is named in the answer.</summary>
    public static string Describe(long bytes) => bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? $"{bytes >> 20} MiB" : $"{bytes >> 10} KiB";

    private static Task TooLarge(HttpContext context, long limit, long length) =>
        TypedResults.Problem(
            $"The request body is {length:N0} bytes; this endpoint takes at most {Describe(limit)}.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large").ExecuteAsync(context);

    /// <summary>Counts what is read and fails with 413 past the limit.</summary>
    private sealed class LimitedBody(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit
                ? throw new BadHttpRequestException($"The request body is larger than {Describe(limit)}, the limit of this endpoint.", StatusCodes.Status413PayloadTooLarge)
                : read;
        }
    }
}
