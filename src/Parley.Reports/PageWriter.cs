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

    /// <summary>
    /// One row of cells at the given column widths (fractions of the page width). A cell that does not
    /// fit wraps onto more lines rather than being cut: a manifest must never shorten a name.
    /// </summary>
    public void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, bool shaded = false, XBrush? fill = null)
    {
        var lineHeight = font.GetHeight();
        var wrapped = cells.Select((c, i) => Wrap(c, font, widths[i] * Width - 4)).ToList();
        var height = wrapped.Max(l => l.Count) * lineHeight + 4;
        Reserve(height);
        if ((fill ?? (shaded ? XBrushes.WhiteSmoke : null)) is { } brush)
            _gfx.DrawRectangle(brush, Margin, Y, Width, height);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var w = widths[i] * Width;
            for (var line = 0; line < wrapped[i].Count; line++)
                _gfx.DrawString(wrapped[i][line], font, XBrushes.Black, new XRect(x + 2, Y + 2 + line * lineHeight, w - 4, lineHeight), XStringFormats.TopLeft);
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

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && _gfx.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current);
                candidate = word;
            }
            current = candidate;
        }
        lines.Add(current);
        return lines;
    }

    public void Dispose() => _gfx?.Dispose();
}
