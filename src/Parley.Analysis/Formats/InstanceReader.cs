using System.Text.Json;
using Parley.Analysis.Model;

namespace Parley.Analysis.Formats;

/// <summary>
/// Recognises the input by content: the contract's instance JSON (one file with "issues" and "parties"), GENIUS XML
/// (a <c>negotiation_template</c> domain and <c>utility_space</c> profiles) or GeniusWeb JSON
/// (<c>LinearAdditiveUtilitySpace</c> profiles, optionally a domain with <c>issuesValues</c>).
/// </summary>
public static class InstanceReader
{
    /// <exception cref="InvalidInstanceException">Unrecognised, malformed or inconsistent input.</exception>
    public static NegotiationInstance Read(IReadOnlyList<InputFile> files)
    {
        if (files.Count == 0)
        {
            throw new InvalidInstanceException(null, null, "input", "no input file");
        }

        if (files[0].Text.TrimStart().StartsWith('<'))
        {
            var roots = files.Select(f => (File: f, Root: GeniusXml.Parse(f))).ToArray();
            var domains = roots.Where(r => GeniusXml.IsDomain(r.Root)).ToArray();
            if (domains.Length != 1)
            {
                throw new InvalidInstanceException(null, null, "input",
                    $"GENIUS input needs exactly one domain (<negotiation_template>) file, found {domains.Length}");
            }

            return GeniusXml.Read(domains[0].File, [.. roots.Where(r => r != domains[0]).Select(r => r.File)]);
        }

        var json = files.Select(f => (File: f, Root: GeniusWebJson.Parse(f))).ToArray();
        if (json.Length == 1 && json[0].Root.ValueKind == JsonValueKind.Object && json[0].Root.TryGetProperty("issues", out _))
        {
            return ContractJson.Read(files[0].Text);
        }

        var unknown = json.FirstOrDefault(j => !GeniusWebJson.IsProfile(j.Root) && !GeniusWebJson.IsDomain(j.Root));
        if (unknown.File is not null)
        {
            throw new InvalidInstanceException(null, null, unknown.File.Name,
                "neither a Parley instance (\"issues\", \"parties\") nor a GeniusWeb profile or domain");
        }

        var domain = json.Where(j => GeniusWebJson.IsDomain(j.Root)).Select(j => j.File).SingleOrDefault();
        return GeniusWebJson.Read(domain, [.. json.Where(j => GeniusWebJson.IsProfile(j.Root)).Select(j => j.File)]);
    }
}
