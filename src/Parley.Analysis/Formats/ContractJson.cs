using System.Text.Json;
using System.Text.Json.Serialization;
using Parley.Analysis.Model;

namespace Parley.Analysis.Formats;

/// <summary>Reads the instance JSON of the contract <c>analysis-instance.md</c>.</summary>
public static class ContractJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <exception cref="InvalidInstanceException">Malformed JSON (with its line and path) or a contract breach.</exception>
    public static NegotiationInstance Read(string json)
    {
        InstanceDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<InstanceDto>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidInstanceException(null, null, e.Path ?? "$",
                $"malformed JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message.Split(" Path:")[0]}");
        }

        if (dto is null)
        {
            throw new InvalidInstanceException(null, null, "$", "the JSON is null, not an instance object");
        }

        var issues = (dto.Issues ?? []).Select(i => new Issue(i?.Name ?? "", i?.Options ?? [])).ToArray();
        var parties = (dto.Parties ?? []).Select(p => new Party(
            p?.Name ?? "",
            p?.Weights ?? [],
            [.. (p?.Values ?? []).Select(v => (IReadOnlyList<double>)(v ?? []))],
            p?.Reservation ?? throw new InvalidInstanceException(p?.Name, null, "reservation", "is missing"))).ToArray();
        var instance = new NegotiationInstance(issues, parties);
        InstanceValidator.Validate(instance);
        return instance;
    }

    private sealed record InstanceDto(List<IssueDto?>? Issues, List<PartyDto?>? Parties);

    private sealed record IssueDto(string? Name, List<string>? Options);

    private sealed record PartyDto(string? Name, List<double>? Weights, List<List<double>?>? Values, double? Reservation);
}
