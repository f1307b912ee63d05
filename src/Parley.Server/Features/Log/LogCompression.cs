using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Parley.Server.Features.Log;

/// <summary>
/// Tiles, entry bundles and the checkpoint compressed when the client accepts it (C2SP tlog-tiles: entry bundles
/// SHOULD be served compressed). Only under <c>/log/tile</c> and <c>/log/checkpoint</c>: they are public and carry no
/// secret, so compressing them over HTTPS gives nothing to a BREACH-style attack; pages and the API stay uncompressed.
/// </summary>
internal static class LogCompression
{
    public static IServiceCollection AddLogCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["application/octet-stream", "text/plain"];
            o.Providers.Add<GzipCompressionProvider>();
            o.Providers.Add<BrotliCompressionProvider>();
        });
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static WebApplication UseLogCompression(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/log/tile") || context.Request.Path.StartsWithSegments("/log/checkpoint"),
            branch => branch.UseResponseCompression());
        return app;
    }
}
