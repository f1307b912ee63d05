using System.Text;
using System.Text.Json;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Data.Texts;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Linkage.Search;

namespace Parley.Application.Search;

/// <summary>What the index holds of each record: its kind, title, page, scope and every string it carries.</summary>
internal static class SearchDocuments
{
    public const string TextKind = "text";
    public const string ProposalKind = "text-proposal";
    public const string RegistryPersonKind = "registry-person";

    public static SearchDocument For(TalkRecord record)
    {
        var title = record is AnalysisProfile profile ? $"Analysis profile of {profile.Party}" : RecordSummary.Title(record);
        return new SearchDocument(KindName(record.Kind), record.Id, title, UrlOf(record), SearchScopes.Of(record), Strings(LogAppender.Content(record)));
    }

    public static SearchDocument For(NegotiatingTextRow text, string content) =>
        new(TextKind, text.Id, text.Title, $"/texts/{text.Id}", SearchScopes.Of(text.Visibility, null), content);

    /// <summary>A delegation's alternative wording: its party's draft until tabled, then as visible as its text.</summary>
    public static SearchDocument For(TextProposalRow proposal, NegotiatingTextRow text) => new(
        ProposalKind,
        proposal.Id,
        $"{proposal.Party} · {text.Title} · {proposal.Clause}",
        $"/texts/{text.Id}?clause={Uri.EscapeDataString(proposal.Clause)}",
        proposal.Status == ProposalStatus.Draft ? SearchScopes.OfDraft(proposal.Party) : SearchScopes.Of(text.Visibility, null),
        proposal.Wording);

    /// <summary><c>summit-proposal</c> for <see cref="RecordKind.SummitProposal"/>: the API's kebab case.</summary>
    public static string KindName(RecordKind kind)
    {
        var name = kind.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }

    /// <summary>The page that shows the record to its readers.</summary>
    public static string UrlOf(TalkRecord record) => record switch
    {
        Round => $"/rounds/{record.Id}",
        Deadline => $"/deadlines#d-{record.Id}",
        Note { Visibility: Domain.Access.Visibility.PartyPrivate } => "/drafts",
        Position { Visibility: Domain.Access.Visibility.PartyPrivate } => "/drafts",
        AnalysisProfile => "/analysis/profile",
        Party or Person => "/parties",
        SummitProposal => "/summits",
        Position => "/positions",
        Statement => "/statements",
        Incident => "/incidents",
        DisputedFigure => "/figures",
        _ => $"/record/of/{record.Id}",
    };

    /// <summary>Every string value of the record's JSON (names, quotations, bodies, sources), ids left out.</summary>
    private static string Strings(JsonElement content)
    {
        var builder = new StringBuilder();
        Walk(content, builder);
        return builder.ToString();
    }

    private static void Walk(JsonElement element, StringBuilder builder)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is not ("id" or "visibility" or "ownerParty" or "createdUtc" or "updatedUtc"))
                    {
                        Walk(property.Value, builder);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, builder);
                }
                break;
            case JsonValueKind.String when !Guid.TryParse(element.GetString(), out _):
                builder.Append(element.GetString()).Append(' ');
                break;
            case JsonValueKind.Number:
                builder.Append(element.GetRawText()).Append(' ');
                break;
        }
    }
}
