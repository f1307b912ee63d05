using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Parley.Reports;

/// <summary>Writes lines and table rows down A4 pages, starting a new page when one is full.</summary>
internal sealed class PageWriter : IDisposable
{
    public const double Margin = 42;
    private const double FooterSpace = 30;
    private readonly PdfDocument _document;
    private readonly Action<PageWriter> _onNewPage;
    private PdfPage _page = null!;
    private XGraphics _gfx = null!;

    public PageWriter(PdfDocument document, Action<PageWriter> onNewPage)
    {
        _document = document;
        _onNewPage = onNewPage;
        NewPage();
    }

    public double Y { get; private set; }

    public double Width => _page.Width.Point - 2 * Margin;

    public XGraphics Graphics => _gfx;

    public void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        Y = Margin;
        _onNewPage(this);
    }

    /// <summary>Makes room for <paramref name="height"/> points, breaking the page if needed.</summary>
    public void Reserve(double height)
    {
        if (Y + height > _page.Height.Point - Margin - FooterSpace)
            NewPage();
    }

    public void Text(string text, XFont font, double gap = 4)
    {
        var height = font.GetHeight();
        Reserve(height);
        _gfx.DrawString(text, font, XBrushes.Black, new XRect(Margin, Y, Width, height), XStringFormats.TopLeft);
        Y += height + gap;
    }

    /// <summary>One row of cells at the given column widths (fractions of the page width), each cut to fit.</summary>
    public void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, bool shaded = false)
    {
        var height = font.GetHeight() + 4;
        Reserve(height);
        if (shaded)
            _gfx.DrawRectangle(XBrushes.WhiteSmoke, Margin, Y, Width, height);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var w = widths[i] * Width;
            _gfx.DrawString(Fit(cells[i], font, w - 4), font, XBrushes.Black, new XRect(x + 2, Y + 2, w - 4, height), XStringFormats.TopLeft);
            x += w;
        }
        Y += height;
    }

    public void Rule(double gap = 6)
    {
        Reserve(gap);
        _gfx.DrawLine(XPens.Gray, Margin, Y + gap / 2, Margin + Width, Y + gap / 2);
        Y += gap;
    }

    public void Space(double points) => Y += points;

    private string Fit(string text, XFont font, double width)
    {
        if (_gfx.MeasureString(text, font).Width <= width)
            return text;
        var cut = text.Length;
        while (cut > 1 && _gfx.MeasureString(text[..cut] + "…", font).Width > width)
            cut--;
        return text[..cut] + "…";
    }

    public void Dispose() => _gfx?.Dispose();
}
