using PdfSharp.Fonts;

namespace Parley.Reports;

/// <summary>
/// Serves the DejaVu Sans faces shipped in this assembly for every family, so Cyrillic and Latin print
/// the same on any machine, with no system fonts needed.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular);

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Parley.Reports.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Font {faceName} is not embedded in Parley.Reports.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static int _installed;

    /// <summary>PDFsharp takes one process-wide resolver; install ours once.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0 && GlobalFontSettings.FontResolver is null)
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
    }
}
