using System.Diagnostics;

namespace Parley.Reports.Tests.TextExports;

/// <summary>Poppler's pdftotext, to read back what a PDF really prints.</summary>
internal static class PdfText
{
    public static string Of(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
