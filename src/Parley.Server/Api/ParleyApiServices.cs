using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace Parley.Server.Api;

internal static class ParleyApiServices
{
    /// <summary>JSON with enum names, RFC 9457 problem details for every error, antiforgery, the OpenAPI document.</summary>
    public static IServiceCollection AddParleyApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // Names stay readable in the script they were entered in rather than as \u escapes.
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        services.AddOptions<JsonOptions>().Configure<TimeProvider>((o, clock) =>
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithDerivedState(clock));
        // A body over its limit (BodyLimits) says which limit in the answer.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (c.Exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge)
            {
                c.ProblemDetails.Detail = tooLarge.Message;
            }
        });
        services.AddSingleton<CachedJson>();
        services.AddAntiforgery();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Parley API";
            document.Info.Description = "The record of mediated talks: parties, persons, rounds, summit proposals, deadlines, positions, statements, incidents, disputed figures, notes; the timeline and the dashboard.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication UseParleyApiErrors(this WebApplication app)
    {
        // A request the framework refuses (e.g. a form post with a missing or forged antiforgery token) is the
        // caller's error, not the server's.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>The OpenAPI document at /openapi/v1.json and its Scalar reference page at /scalar.</summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("Parley API"));
        return app;
    }
}
