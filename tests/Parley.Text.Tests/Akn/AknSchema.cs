using System.Xml;
using System.Xml.Schema;

namespace Parley.Text.Tests.Akn;

/// <summary>The OASIS Akoma Ntoso 3.0 schema, loaded once from <c>../shared/data/akn</c> beside the repository.</summary>
internal static class AknSchema
{
    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var folder = SharedFolder();
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var xml = XmlReader.Create(Path.Combine(folder, "xml.xsd")))
            set.Add("http://www.w3.org/XML/1998/namespace", xml);
        using (var akn = XmlReader.Create(Path.Combine(folder, "akomantoso30.xsd"), new XmlReaderSettings { XmlResolver = new XmlUrlResolver() }))
            set.Add("http://docs.oasis-open.org/legaldocml/ns/akn/3.0", akn);
        set.Compile();
        return set;
    });

    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return Path.Combine(dir.FullName, "..", "shared", "data", "akn");
            }
        }
        throw new DirectoryNotFoundException("Parley.slnx not found above " + AppContext.BaseDirectory + "; the schema is read from ../shared/data/akn beside the repository");
    }

    /// <summary>Every validation error and warning, each with its line.</summary>
    public static List<string> Validate(byte[] document)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Set.Value };
        // Warnings only say that Parley's own element inside <proprietary> (lax by the schema) has no schema; errors are what count.
        settings.ValidationFlags &= ~XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(document), settings);
        while (reader.Read())
        {
        }
        return problems;
    }
}
