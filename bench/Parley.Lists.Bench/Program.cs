using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using Parley.Domain.Humanitarian;
using Parley.Lists;

// Times reading person lists: Parley.Lists (sniff + parse + validate) against CsvHelper's bare
// parse of the same bytes (no validation, fields materialised as strings) as the floor. Reading is
// single-threaded, so the process CPU time per run is also printed: on a shared, overloaded machine
// it is what the wall time would be on an idle one.
if (args is ["bombs", .. var rest])
{
    Parley.Lists.Bench.BombCheck.Run(before: rest is ["--before"]);
    return;
}

if (args is ["bomb", var bomb, var mode])
{
    Parley.Lists.Bench.BombCheck.One(bomb, mode);
    return;
}

if (args is ["stream", var megabytes])
{
    Parley.Lists.Bench.StreamCheck.Run(int.Parse(megabytes, CultureInfo.InvariantCulture));
    return;
}

var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

var people = Enumerable.Range(1, rows).Select(Person).ToList();
var utf8 = Csv(people, ',');
var cp1251 = Encoding.GetEncoding(1251).GetBytes(Encoding.UTF8.GetString(Csv(people, ';')));
byte[] xlsx;
using (var stream = new MemoryStream())
{
    PersonListWriter.WriteXlsx(stream, people);
    xlsx = stream.ToArray();
}

Console.WriteLine($"{rows:N0} rows, {iterations} runs each, median; {Environment.ProcessorCount} cores");
Console.WriteLine($"{"case",-42} {"MB",6} {"wall ms",8} {"CPU ms",8} {"rows/CPU s",12} {"vs floor",9}");
var floor = Time("CsvHelper bare parse, UTF-8 (floor)", utf8, BareParse, null);
Time("Parley.Lists, UTF-8 comma", utf8, Read, floor);
Time("Parley.Lists, Windows-1251 semicolon", cp1251, Read, floor);
Time("MiniExcel bare query, XLSX", xlsx, BareXlsx, floor);
Time("Parley.Lists, XLSX", xlsx, Read, floor);
Time("Parley.Lists, export CSV", utf8, _ => Export(people), floor);
return;

double Time(string name, byte[] input, Func<byte[], int> action, double? baseline)
{
    var count = action(input);
    if (count != rows)
    {
        throw new InvalidOperationException($"{name}: read {count} rows, expected {rows}");
    }

    var times = new List<double>();
    var cpu = new List<double>();
    var process = Process.GetCurrentProcess();
    for (var i = 0; i < iterations; i++)
    {
        GC.Collect();
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action(input);
        times.Add(sw.Elapsed.TotalMilliseconds);
        process.Refresh();
        cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
    }

    times.Sort();
    cpu.Sort();
    var ms = times[times.Count / 2];
    var cpuMs = cpu[cpu.Count / 2];
    var ratio = baseline is { } b ? (cpuMs / b).ToString("0.00x", CultureInfo.InvariantCulture) : "1.00x";
    Console.WriteLine($"{name,-42} {input.Length / 1e6,6:0.0} {ms,8:0.0} {cpuMs,8:0.0} {rows / cpuMs * 1000,12:N0} {ratio,9}");
    return cpuMs;
}

static int Read(byte[] bytes)
{
    var result = PersonList.Read(new MemoryStream(bytes));
    return result.IsValid ? result.Records.Count : throw new InvalidOperationException(result.Issues[0].ToString());
}

static int BareParse(byte[] bytes)
{
    using var reader = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { Separator = ',' });
    var count = 0;
    while (reader.Read())
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            _ = reader.GetString(i);
        }

        count++;
    }

    return count;
}

static int BareXlsx(byte[] bytes)
{
    var configuration = new MiniExcelLibs.OpenXml.OpenXmlConfiguration { EnableSharedStringCache = false };
    return MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, configuration: configuration).Count();
}

static int Export(List<PersonRecord> people)
{
    using var stream = new MemoryStream();
    PersonListWriter.WriteCsv(stream, people);
    return people.Count;
}

static byte[] Csv(List<PersonRecord> people, char delimiter)
{
    using var stream = new MemoryStream();
    PersonListWriter.WriteCsv(stream, people, delimiter: delimiter);
    return stream.ToArray();
}

static PersonRecord Person(int i) => new()
{
    Id = "UA-" + i.ToString("D7", CultureInfo.InvariantCulture),
    FamilyName = (i % 3) switch { 0 => "Шевченко", 1 => "Kovalenko", _ => "Бондаренко" } + (i % 977).ToString(CultureInfo.InvariantCulture),
    GivenName = (i % 4) switch { 0 => "Олександр", 1 => "Olena", 2 => "Марія", _ => "Іван" },
    Patronymic = i % 5 == 0 ? "" : "Іванович",
    DateOfBirth = new PartialDate(1960 + (i % 45), 1 + (i % 12), 1 + (i % 28)),
    Sex = i % 2 == 0 ? Sex.Male : Sex.Female,
    Category = (PersonCategory)(i % 3),
    Unit = i % 3 == 0 ? "36th brigade" : null,
    Notes = i % 10 == 0 ? "wounded, \"needs care\"" : null,
};
