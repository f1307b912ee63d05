using System.Text;
using System.Text.Json;
using Parley.Text.Compare;

namespace Parley.Text.Format;

/// <summary>The contract's JSON for <c>parley text show --json</c> and <c>parley text diff --json</c>.</summary>
public static class TextJson
{
    /// <summary>One version: id, title, version, articles with clauses and segments, progress.</summary>
    public static string Show(string id, int version, NegotiatingText text, bool initialled = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("title", text.Title);
            json.WriteNumber("version", version);
            json.WriteString("hash", VersionHash.Of(text));
            json.WriteStartArray("articles");
            for (var a = 0; a < text.Articles.Count; a++)
            {
                json.WriteStartObject();
                json.WriteNumber("number", a + 1);
                json.WriteString("heading", text.Articles[a].Heading);
                json.WriteStartArray("clauses");
                for (var c = 0; c < text.Articles[a].Clauses.Count; c++)
                    Clause(json, new ClauseNumber(a + 1, c + 1), text.Articles[a].Clauses[c], initialled);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            var progress = TextProgress.Of(text).Overall;
            json.WriteStartObject("progress");
            json.WriteNumber("clauses", progress.Clauses);
            json.WriteNumber("agreed", progress.Agreed);
            json.WriteNumber("bracketed", progress.Bracketed);
            json.WriteNumber("brackets", progress.Brackets);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>The diff: changed, added and removed clause numbers, plus the redline's totals.</summary>
    public static string Diff(Redline redline)
    {
        ArgumentNullException.ThrowIfNull(redline);
        return Write(json =>
        {
            json.WriteStartObject();
            Numbers(json, "changed", redline.Changed);
            Numbers(json, "added", redline.Added);
            Numbers(json, "removed", redline.Removed);
            json.WriteNumber("wordsAdded", redline.WordsAdded);
            json.WriteNumber("wordsRemoved", redline.WordsRemoved);
            json.WriteNumber("bracketsOpened", redline.BracketsOpened);
            json.WriteNumber("bracketsClosed", redline.BracketsClosed);
            json.WriteEndObject();
        });
    }

    private static void Clause(Utf8JsonWriter json, ClauseNumber number, Clause clause, bool initialled)
    {
        json.WriteStartObject();
        json.WriteString("number", number.ToString());
        json.WriteString("status", clause.Status(initialled) switch
        {
            ClauseStatus.Bracketed => "bracketed",
            ClauseStatus.Initialled => "initialled",
            _ => "agreed",
        });
        json.WriteStartArray("segments");
        foreach (var segment in clause.Segments)
        {
            json.WriteStartObject();
            if (segment is Words w)
            {
                json.WriteString("text", w.Text);
            }
            else
            {
                json.WriteStartArray("alternatives");
                foreach (var alternative in ((Bracket)segment).Alternatives)
                {
                    json.WriteStartObject();
                    if (alternative.Party is null)
                        json.WriteNull("party");
                    else
                        json.WriteString("party", alternative.Party);
                    json.WriteString("text", alternative.Text);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter json, string name, IReadOnlyList<string> numbers)
    {
        json.WriteStartArray(name);
        foreach (var n in numbers)
            json.WriteStringValue(n);
        json.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(json);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
