using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Application.Talks;

namespace Parley.Cli.Export;

/// <summary>Writes the record as one JSON document or one CSV file per kind, filtered like a read by the chosen viewer.</summary>
internal sealed class RecordExport(ITalksReader reader, Viewer viewer)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Names stay readable in the script they were entered in (Cyrillic, Turkish letters).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>File stem per kind, in the order they are written.</summary>
    public static IReadOnlyList<(string Name, Type Type)> Kinds { get; } =
    [
        ("parties", typeof(Party)), ("persons", typeof(Person)), ("rounds", typeof(Round)), ("summits", typeof(SummitProposal)),
        ("deadlines", typeof(Deadline)), ("positions", typeof(Position)), ("statements", typeof(Statement)),
        ("incidents", typeof(Incident)), ("figures", typeof(DisputedFigure)), ("notes", typeof(Note)),
    ];

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TalkRecord>>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<TalkRecord>>(StringComparer.Ordinal);
        foreach (var (name, type) in Kinds)
        {
            result[name] = await ReadAsync(type, cancellationToken);
        }
        return result;
    }

    public static async Task<string> WriteJsonAsync(string directory, IReadOnlyDictionary<string, IReadOnlyList<TalkRecord>> records, string scope, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, "parley-record.json");
        var document = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["exportedUtc"] = DateTime.UtcNow,
            ["scope"] = scope,
        };
        foreach (var (name, list) in records)
        {
            document[name] = list.Cast<object>().ToList();
        }
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, document, Json, cancellationToken);
        return path;
    }

    /// <summary>One CSV per kind: scalar fields as columns, nested parts (lists, claims, revisions) as JSON in their cell.</summary>
    public static async Task<IReadOnlyList<string>> WriteCsvAsync(string directory, IReadOnlyDictionary<string, IReadOnlyList<TalkRecord>> records, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        foreach (var (name, type) in Kinds)
        {
            var path = Path.Combine(directory, name + ".csv");
            var properties = Columns(type);
            await using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
            await csv.WriteRecordAsync([.. properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))], cancellationToken);
            foreach (var record in records[name])
            {
                await csv.WriteRecordAsync([.. properties.Select(p => Cell(p.GetValue(record)))], cancellationToken);
            }
            await csv.FlushAsync(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            paths.Add(path);
        }
        return paths;
    }

    private async Task<IReadOnlyList<TalkRecord>> ReadAsync(Type type, CancellationToken cancellationToken)
    {
        var method = typeof(ITalksReader).GetMethod(nameof(ITalksReader.ListAsync))!.MakeGenericMethod(type);
        var task = (Task)method.Invoke(reader, [viewer, cancellationToken])!;
        await task;
        var list = (System.Collections.IEnumerable)task.GetType().GetProperty("Result")!.GetValue(task)!;
        return [.. list.Cast<TalkRecord>()];
    }

    private static List<PropertyInfo> Columns(Type type)
    {
        var all = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite).ToList();
        // Identity first, then the record's own fields, then the shared bookkeeping.
        string[] common = [nameof(TalkRecord.Visibility), nameof(TalkRecord.OwnerParty), nameof(TalkRecord.Version), nameof(TalkRecord.Source), nameof(TalkRecord.CreatedUtc), nameof(TalkRecord.UpdatedUtc)];
        return [.. all.Where(p => p.Name == nameof(TalkRecord.Id)),
            .. all.Where(p => p.Name != nameof(TalkRecord.Id) && !common.Contains(p.Name)),
            .. common.Select(c => all.First(p => p.Name == c))];
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, value.GetType(), CompactJson),
    };

    private static readonly JsonSerializerOptions CompactJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
