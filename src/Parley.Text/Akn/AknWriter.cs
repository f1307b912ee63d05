using System.Globalization;
using System.Text;
using System.Xml;

namespace Parley.Text.Akn;

/// <summary>
/// Writes a version as Akoma Ntoso 3.0 (OASIS LegalDocML): an <c>act</c> whose body holds one
/// <c>article</c> per article and one <c>paragraph</c> per clause. A bracket is an
/// <c>inline name="bracket"</c> holding one <c>inline name="alternative"</c> per wording, whose
/// <c>refersTo</c> names the proposer's <c>TLCOrganization</c> (the chair's points to the
/// <c>TLCRole</c> <c>#chair</c>), so the text reads back from the XML unchanged.
/// </summary>
public static class AknWriter
{
    /// <summary>The Akoma Ntoso 3.0 namespace.</summary>
    public const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>Parley's namespace for the version hash and checkpoint inside <c>proprietary</c>.</summary>
    public const string ParleyNamespace = "https://parley.example/ns/text/1";

    /// <summary>The XML document, UTF-8.</summary>
    public static byte[] Write(NegotiatingText text, AknExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
            Write(xml, text, options);
        return stream.ToArray();
    }

    private static void Write(XmlWriter xml, NegotiatingText text, AknExportOptions options)
    {
        var lang = options.Language;
        var work = "/akn/un/act/agreement/" + Uri.EscapeDataString(options.TextId);
        var expression = string.Create(CultureInfo.InvariantCulture, $"{work}/{lang.Iso6392}@v{options.Version}");
        var date = options.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        xml.WriteStartDocument();
        xml.WriteStartElement("akomaNtoso", Namespace);
        xml.WriteStartElement("act", Namespace);
        xml.WriteAttributeString("name", "negotiatingText");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteStartElement("identification", Namespace);
        xml.WriteAttributeString("source", "#parley");
        Frbr(xml, "FRBRWork", work, date, "#chair", () => Value(xml, "FRBRcountry", "un"));
        Frbr(xml, "FRBRExpression", expression, date, "#chair", () =>
        {
            Value(xml, "FRBRversionNumber", options.Version.ToString(CultureInfo.InvariantCulture));
            xml.WriteStartElement("FRBRlanguage", Namespace);
            xml.WriteAttributeString("language", lang.Iso6392);
            xml.WriteEndElement();
        });
        Frbr(xml, "FRBRManifestation", expression + ".akn", date, "#parley", () => Value(xml, "FRBRformat", "application/akn+xml"));
        xml.WriteEndElement();

        xml.WriteStartElement("references", Namespace);
        xml.WriteAttributeString("source", "#parley");
        Reference(xml, "TLCOrganization", "parley", "/ontology/organization/parley", "Parley");
        foreach (var party in text.Proposers)
            Reference(xml, "TLCOrganization", party.ToLowerInvariant(), "/ontology/organization/" + party.ToLowerInvariant(), party);
        Reference(xml, "TLCRole", "chair", "/ontology/role/chair", lang.ChairLabel);
        xml.WriteEndElement();

        xml.WriteStartElement("proprietary", Namespace);
        xml.WriteAttributeString("source", "#parley");
        xml.WriteStartElement("parley", "version", ParleyNamespace);
        xml.WriteAttributeString("number", options.Version.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("hash", VersionHash.Of(text));
        if (options.Checkpoint is not null)
            xml.WriteAttributeString("checkpoint", options.Checkpoint);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement(); // meta

        xml.WriteStartElement("preface", Namespace);
        xml.WriteStartElement("longTitle", Namespace);
        xml.WriteStartElement("p", Namespace);
        xml.WriteElementString("docTitle", Namespace, text.Title);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("body", Namespace);
        for (var a = 0; a < text.Articles.Count; a++)
            Article(xml, text.Articles[a], a + 1, lang);
        if (text.Articles.Count == 0)
        {
            // The schema wants a non-empty body; a fresh draft has no article yet. Readers skip this.
            xml.WriteStartElement("hcontainer", Namespace);
            xml.WriteAttributeString("eId", "hcontainer_1");
            xml.WriteAttributeString("name", "emptyDraft");
            xml.WriteStartElement("content", Namespace);
            xml.WriteElementString("p", Namespace, "");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement(); // act
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Article(XmlWriter xml, Article article, int number, TextLanguage lang)
    {
        var eId = string.Create(CultureInfo.InvariantCulture, $"art_{number}");
        xml.WriteStartElement("article", Namespace);
        xml.WriteAttributeString("eId", eId);
        xml.WriteElementString("num", Namespace, string.Create(CultureInfo.InvariantCulture, $"{lang.ArticleLabel} {number}."));
        xml.WriteElementString("heading", Namespace, article.Heading);
        for (var c = 0; c < article.Clauses.Count; c++)
        {
            var paragraph = string.Create(CultureInfo.InvariantCulture, $"{eId}__para_{c + 1}");
            xml.WriteStartElement("paragraph", Namespace);
            xml.WriteAttributeString("eId", paragraph);
            xml.WriteElementString("num", Namespace, string.Create(CultureInfo.InvariantCulture, $"{number}.{c + 1}"));
            xml.WriteStartElement("content", Namespace);
            xml.WriteStartElement("p", Namespace);
            var b = 0;
            foreach (var segment in article.Clauses[c].Segments)
            {
                if (segment is Words w)
                {
                    xml.WriteString(w.Text);
                    continue;
                }
                xml.WriteStartElement("inline", Namespace);
                xml.WriteAttributeString("eId", string.Create(CultureInfo.InvariantCulture, $"{paragraph}__brkt_{++b}"));
                xml.WriteAttributeString("name", "bracket");
                foreach (var alternative in ((Bracket)segment).Alternatives)
                {
                    xml.WriteStartElement("inline", Namespace);
                    xml.WriteAttributeString("refersTo", "#" + (alternative.Party?.ToLowerInvariant() ?? "chair"));
                    xml.WriteAttributeString("name", "alternative");
                    xml.WriteString(alternative.Text);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Frbr(XmlWriter xml, string element, string uri, string date, string author, Action extra)
    {
        xml.WriteStartElement(element, Namespace);
        Value(xml, "FRBRthis", uri + "/!main");
        Value(xml, "FRBRuri", uri);
        xml.WriteStartElement("FRBRdate", Namespace);
        xml.WriteAttributeString("date", date);
        xml.WriteAttributeString("name", "version");
        xml.WriteEndElement();
        xml.WriteStartElement("FRBRauthor", Namespace);
        xml.WriteAttributeString("href", author);
        xml.WriteEndElement();
        extra();
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string element, string value)
    {
        xml.WriteStartElement(element, Namespace);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }

    private static void Reference(XmlWriter xml, string element, string eId, string href, string showAs)
    {
        xml.WriteStartElement(element, Namespace);
        xml.WriteAttributeString("eId", eId);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("showAs", showAs);
        xml.WriteEndElement();
    }
}
