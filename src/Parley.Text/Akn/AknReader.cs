using System.Xml;
using System.Xml.Linq;
using Parley.Text.Format;

namespace Parley.Text.Akn;

/// <summary>Reads back a text that <see cref="AknWriter"/> wrote (or any Akoma Ntoso act or doc shaped the same way).</summary>
public static class AknReader
{
    private static readonly XNamespace Akn = AknWriter.Namespace;

    /// <summary>The largest document accepted, in bytes.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Reads the version; problems come back with line, column and reason.</summary>
    public static TextParseResult Read(ReadOnlySpan<byte> xml, PartyDirectory? parties = null)
    {
        parties ??= PartyDirectory.Default;
        if (xml.Length > MaxBytes)
            return Fail(1, 1, $"the document is {xml.Length:N0} bytes; the limit is {MaxBytes:N0}");
        XDocument document;
        try
        {
            using var stream = new MemoryStream(xml.ToArray());
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return Fail(e.LineNumber, e.LinePosition, "not well-formed XML: " + e.Message);
        }

        var root = document.Root;
        var act = root?.Elements().FirstOrDefault(e => e.Name == Akn + "act" || e.Name == Akn + "doc");
        if (root?.Name != Akn + "akomaNtoso" || act is null)
            return Fail(1, 1, "not an Akoma Ntoso 3.0 document (expected akomaNtoso with an act or doc)");
        var title = act.Descendants(Akn + "docTitle").FirstOrDefault()?.Value.Trim();
        if (string.IsNullOrEmpty(title))
            return Fail(At(act).Line, At(act).Column, "the document has no docTitle");
        var body = act.Element(Akn + "body") ?? act.Element(Akn + "mainBody");
        var errors = new List<TextParseError>();
        var articles = new List<Article>();
        foreach (var article in body?.Elements(Akn + "article") ?? [])
        {
            var clauses = article.Elements(Akn + "paragraph")
                .Select(p => Clause(p.Element(Akn + "content")?.Element(Akn + "p") ?? p, parties, errors))
                .ToList();
            articles.Add(new Article(article.Element(Akn + "heading")?.Value.Trim() ?? "", clauses));
        }
        return errors.Count > 0 ? new(null, errors) : new(new NegotiatingText(title, articles), []);
    }

    private static TextParseResult Fail(int line, int column, string reason) => new(null, [new TextParseError(line, column, reason)]);

    private static Clause Clause(XElement p, PartyDirectory parties, List<TextParseError> errors)
    {
        var segments = new List<Segment>();
        foreach (var node in p.Nodes())
        {
            if (node is XText text)
            {
                if (segments.Count > 0 && segments[^1] is Words w)
                    segments[^1] = new Words(w.Text + text.Value);
                else
                    segments.Add(new Words(text.Value));
            }
            else if (node is XElement { } e && e.Name == Akn + "inline" && (string?)e.Attribute("name") == "bracket")
            {
                var alternatives = e.Elements(Akn + "inline").Select(a => Alternative(a, parties, errors)).ToList();
                if (alternatives.Count == 0)
                    errors.Add(new(At(e).Line, At(e).Column, "the bracket has no alternative"));
                segments.Add(new Bracket(alternatives));
            }
        }
        return new Clause(segments);
    }

    private static Alternative Alternative(XElement e, PartyDirectory parties, List<TextParseError> errors)
    {
        var refersTo = ((string?)e.Attribute("refersTo"))?.TrimStart('#');
        if (refersTo is null or "chair")
            return new(null, e.Value);
        var code = parties.Find(refersTo);
        if (code is null)
            errors.Add(new(At(e).Line, At(e).Column, $"'{refersTo}' is not a known party"));
        return new(code ?? refersTo.ToUpperInvariant(), e.Value);
    }

    private static (int Line, int Column) At(XElement e) =>
        e is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);
}
