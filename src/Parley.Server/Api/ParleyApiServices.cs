using System.Text.Json.Serialization;
using Scalar.AspNetCore;

namespace Parley.Server.Api;

internal static class ParleyApiServices
{
    /// <summary>JSON with enum names, RFC 9457 problem details for every error, antiforgery, the OpenAPI document.</summary>
    public static IServiceCollection AddParleyApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
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
        app.UseExceptionHandler();
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
