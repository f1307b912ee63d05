using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Parley.Analysis.Model;

namespace Parley.Analysis.Formats;

/// <summary>
/// Reads GENIUS (Lin et al. 2014, "Genius: an integrated environment for supporting the design of generic automated
/// negotiators") XML: a domain (<c>negotiation_template</c> with discrete <c>issue</c>/<c>item</c> elements under an
/// <c>objective</c>) and one linear additive profile per party (<c>utility_space</c> with item <c>evaluation</c>s,
/// <c>weight</c>s by issue index and an optional <c>reservation</c>). As in GENIUS's discrete evaluator, an issue's
/// evaluations are divided by their maximum, so they need not lie in [0, 1], but none may be negative. What GENIUS's own
/// loader lets through is read the same way: a repeated item value or weight index keeps the last one (GENIUS fills a
/// map in document order), a bare <c>&amp;</c> in a value and an XML declaration after a comment (ANAC 2013–2015 files)
/// are accepted. A constraint utility space (<c>type="constraint"</c>) is refused by name.
/// </summary>
public static partial class GeniusXml
{
    /// <summary>Reads a GENIUS domain template and its parties' utility spaces into a validated instance.</summary>
    /// <exception cref="InvalidInstanceException">A file that does not make a valid instance, naming party, issue and field.</exception>
    public static NegotiationInstance Read(InputFile domain, IReadOnlyList<InputFile> profiles)
    {
        if (profiles.Count == 0)
        {
            throw new InvalidInstanceException(null, null, "profiles", "a GENIUS domain needs at least one profile");
        }

        var issues = ReadDomain(domain);
        var parties = profiles.Select(p => ReadProfile(p, issues)).ToArray();
        var instance = new NegotiationInstance(issues, parties);
        InstanceValidator.Validate(instance);
        return instance;
    }

    /// <summary>True for a GENIUS domain (<c>negotiation_template</c>).</summary>
    public static bool IsDomain(XElement root) => root.Name.LocalName == "negotiation_template";

    /// <summary>True for a GENIUS profile (<c>utility_space</c>).</summary>
    public static bool IsProfile(XElement root) => root.Name.LocalName == "utility_space";

    internal static XElement Parse(InputFile file)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(Lenient(file.Text)), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo).Root
                ?? throw new InvalidInstanceException(null, null, file.Name, "the XML has no root element");
        }
        catch (XmlException e)
        {
            throw new InvalidInstanceException(null, null, file.Name, $"malformed XML at line {e.LineNumber}: {e.Message}");
        }
    }

    private static Issue[] ReadDomain(InputFile file)
    {
        var root = Parse(file);
        if (!IsDomain(root))
        {
            throw new InvalidInstanceException(null, null, file.Name,
                $"line {Line(root)}: expected a GENIUS domain (<negotiation_template>), found <{root.Name.LocalName}>");
        }

        var issues = root.Descendants("issue").Select(issue =>
        {
            var name = Attribute(issue, "name", null, null);
            var type = (string?)issue.Attribute("etype") ?? (string?)issue.Attribute("type") ?? "discrete";
            if (type != "discrete")
            {
                throw new InvalidInstanceException(null, name, "etype",
                    $"line {Line(issue)}: issue type '{type}' is not supported; only discrete issues are");
            }

            return new Issue(name, [.. issue.Elements("item").Select(item => Attribute(item, "value", null, name))]);
        }).ToArray();
        return issues.Length > 0
            ? issues
            : throw new InvalidInstanceException(null, null, file.Name, "the GENIUS domain declares no issue");
    }

    private static Party ReadProfile(InputFile file, Issue[] domain)
    {
        var root = Parse(file);
        var party = Path.GetFileNameWithoutExtension(file.Name);
        if (!IsProfile(root))
        {
            throw new InvalidInstanceException(party, null, file.Name,
                $"line {Line(root)}: expected a GENIUS profile (<utility_space>), found <{root.Name.LocalName}>");
        }

        if ((string?)root.Attribute("type") is { } kind && !string.Equals(kind, "linear", StringComparison.OrdinalIgnoreCase) && !string.Equals(kind, "additive", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidInstanceException(party, null, "type",
                $"line {Line(root)}: utility_space type=\"{kind}\" is not supported; only linear additive profiles (GENIUS AdditiveUtilitySpace) are");
        }

        var byName = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var issue in root.Descendants("issue"))
        {
            var name = Attribute(issue, "name", party, null);
            if (Array.FindIndex(domain, d => d.Name == name) < 0)
            {
                throw new InvalidInstanceException(party, name, "issue",
                    $"line {Line(issue)}: the profile names an issue the domain lacks");
            }

            byName[name] = issue;
        }

        // As GENIUS: a later <weight> for the same index replaces an earlier one.
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in root.Descendants("weight"))
        {
            weights[Attribute(w, "index", party, null)] = Number(w, "value", party, null);
        }
        var values = new IReadOnlyList<double>[domain.Length];
        var issueWeights = new double[domain.Length];
        for (var i = 0; i < domain.Length; i++)
        {
            var issue = byName.GetValueOrDefault(domain[i].Name)
                ?? throw new InvalidInstanceException(party, domain[i].Name, "issue", "the profile has no evaluation of this issue");
            var index = Attribute(issue, "index", party, domain[i].Name);
            issueWeights[i] = weights.TryGetValue(index, out var w)
                ? w
                : throw new InvalidInstanceException(party, domain[i].Name, "weight",
                    $"line {Line(issue)}: no <weight index=\"{index}\"> for this issue");
            values[i] = Evaluations(issue, domain[i], party);
        }

        var reservation = root.Element("reservation") is { } r ? Number(r, "value", party, null) : 0.0;
        return new Party(party, issueWeights, values, reservation);
    }

    private static double[] Evaluations(XElement issue, Issue domainIssue, string party)
    {
        // As GENIUS's EvaluatorDiscrete: a later item with the same value replaces an earlier one.
        var evaluations = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in issue.Elements("item"))
        {
            evaluations[Attribute(item, "value", party, domainIssue.Name)] = Number(item, "evaluation", party, domainIssue.Name);
        }
        foreach (var (value, evaluation) in evaluations)
        {
            if (!domainIssue.Options.Contains(value))
            {
                throw new InvalidInstanceException(party, domainIssue.Name, "item",
                    $"line {Line(issue)}: item '{value}' is not an option of this issue in the domain");
            }

            if (evaluation < 0)
            {
                throw new InvalidInstanceException(party, domainIssue.Name, "evaluation",
                    $"item '{value}' has negative evaluation {evaluation.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        var raw = domainIssue.Options.Select(o => evaluations.TryGetValue(o, out var e)
            ? e
            : throw new InvalidInstanceException(party, domainIssue.Name, "evaluation",
                $"line {Line(issue)}: item '{o}' has no evaluation")).ToArray();
        var max = raw.Max();
        return max > 0 ? [.. raw.Select(e => e / max)] : raw;
    }

    private static string Attribute(XElement element, string name, string? party, string? issue) =>
        (string?)element.Attribute(name)
        ?? throw new InvalidInstanceException(party, issue, name,
            $"line {Line(element)}: <{element.Name.LocalName}> has no '{name}' attribute");

    private static double Number(XElement element, string name, string? party, string? issue)
    {
        var text = Attribute(element, name, party, issue);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)
            ? x
            : throw new InvalidInstanceException(party, issue, name,
                $"line {Line(element)}: '{text}' is not a number");
    }

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;

    /// <summary>
    /// What Java's lenient handling in GENIUS's files tolerates: an XML declaration that is not first (after a comment)
    /// is dropped, and an <c>&amp;</c> that starts no entity or character reference is escaped. Line numbers stay.
    /// </summary>
    internal static string Lenient(string text)
    {
        var declaration = LateDeclaration().Match(text);
        if (declaration.Success && declaration.Index > 0)
        {
            text = text.Remove(declaration.Index, declaration.Length);
        }
        return BareAmpersand().Replace(text, "&amp;");
    }

    [GeneratedRegex(@"<\?xml\s[^?]*\?>")]
    private static partial Regex LateDeclaration();

    [GeneratedRegex("&(?!(?:[A-Za-z_][A-Za-z0-9._-]*|#[0-9]+|#x[0-9A-Fa-f]+);)")]
    private static partial Regex BareAmpersand();
}
