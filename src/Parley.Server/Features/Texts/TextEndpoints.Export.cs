using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Application.Text;
using Parley.Server.Api;
using Parley.Server.Auth;

namespace Parley.Server.Features.Texts;

public static partial class TextEndpoints
{
    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(HttpContext http, ExportText export, ReadText read, Guid id, string? format, string? lang, int? version, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<TextFormat>(format ?? "text", ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
            return Problems.Invalid("format", $"'{format}' is not one of text, akn, docx, pdf");
        var viewer = http.ToViewer();
        var outcome = await export.RunAsync(viewer, id, version, chosen, lang, cancellationToken);
        if (outcome.Refusal is { } refusal)
            return refusal.ToHttp<FileContentHttpResult>();
        // The version and hash named by the export, also as headers so a script need not open the file.
        var view = (await read.RunAsync(viewer, id, version, cancellationToken)).Value;
        http.Response.Headers["X-Parley-Text-Version"] = view.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers["X-Parley-Version-Hash"] = view.Hash;
        var (type, extension) = chosen switch
        {
            TextFormat.Akn => ("application/akn+xml", "xml"),
            TextFormat.Docx => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            TextFormat.Pdf => ("application/pdf", "pdf"),
            _ => ("text/plain; charset=utf-8", "txt"),
        };
        return TypedResults.File(outcome.Value, type, $"text-{id}-v{view.Version}.{extension}");
    }
}
