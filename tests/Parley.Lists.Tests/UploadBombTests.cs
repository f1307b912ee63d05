using Parley.Tests.Shared;

namespace Parley.Lists.Tests;

/// <summary>
/// Issue 14, finding 3: each bomb is refused with an error naming the limit, allocating little on the way
/// (counted on the reading thread) and leaving the heap where it was. Run alone: the heap is process-wide.
/// </summary>
[Collection(nameof(UploadBombTests))]
[CollectionDefinition(nameof(UploadBombTests), DisableParallelization = true)]
public sealed class UploadBombTests
{
    private const long MaxAllocated = 100L << 20;
    private const long MaxRetained = 16L << 20;

    [Fact]
    public void Read_xlsxWithOne256MiBCell_isRefusedByItsRatioWithBoundedMemory()
    {
        var bomb = UploadBombs.XlsxHugeCell();
        Assert.InRange(bomb.Length, 100_000, 400_000);

        var result = Refused(bomb);

        Assert.Contains("xl/worksheets/sheet1.xml expands", result.Errors.Single().Reason, StringComparison.Ordinal);
        Assert.Contains("the limit is 100:1", result.Errors.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_xlsxOf2MillionRows_isRefusedWithBoundedMemory()
    {
        var bomb = UploadBombs.XlsxManyRows();
        Assert.InRange(bomb.Length, 50_000, 400_000);

        var result = Refused(bomb);

        Assert.Contains("the limit is 100:1", result.Errors.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_xlsxRowsPastTheLimitWithinTheRatio_isRefusedByTheStreamingPass()
    {
        var result = Refused(UploadBombs.XlsxRows(300), new PersonListReadOptions { MaxRows = 200 });

        Assert.Contains("has more than 200 rows", result.Errors.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_xlsxCellFarToTheRight_isRefused()
    {
        var result = Refused(UploadBombs.XlsxRows(3, farCell: "XFD4"));

        Assert.Contains("(XFD4) past column 256", result.Errors.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_xlsxCellLongerThanExcelAllows_isRefusedThoughItBarelyCompresses()
    {
        var bomb = UploadBombs.XlsxLongRandomCell(40_000);

        var result = Refused(bomb);

        Assert.Contains("a cell longer than 32,767 characters", result.Errors.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_xlsxTextRunOverAMebibyte_isRefused()
    {
        var result = Refused(UploadBombs.XlsxLongRandomCell(1_200_000), new PersonListReadOptions { MaxCellChars = int.MaxValue });

        Assert.Contains("without markup", result.Errors.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_csvOf2MillionRows_stopsAtTheRowLimit()
    {
        using var csv = UploadBombs.CsvManyRows(2_000_000);
        using var reader = PersonListReader.Open(csv, leaveOpen: true);

        var kept = reader.ReadRecords().Count();

        var error = reader.Issues.Single();
        Assert.Equal((1_048_578L, "the list has more than 1,048,576 rows (the limit of a list); the read stopped here"), (error.Line, error.Reason));
        Assert.Equal(1_048_576, kept);
        csv.Position = 0;
        var bounded = Refused(csv, new PersonListReadOptions { MaxRows = 10_000 });
        Assert.Equal(10_002L, bounded.Errors.Single().Line);
    }

    [Fact]
    public void Read_csvWithA256MiBLine_isRefusedAtItsLine()
    {
        using var csv = UploadBombs.CsvHugeLine(256L << 20);

        var result = Refused(csv);

        Assert.Equal(2L, result.Errors.Single().Line);
    }

    [Fact]
    public void Read_gzippedCsv_isRefusedAsBinary()
    {
        var result = Refused(UploadBombs.GzipCsv());

        Assert.StartsWith("not a CSV or XLSX list: binary data", result.Errors.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_csvWithTooManyColumns_isRefusedAtTheHeader()
    {
        var result = Refused(Lists.ReadTextBytes(UploadBombs.Header + string.Concat(Enumerable.Range(0, 300).Select(i => $",x{i}")) + "\n1,A,B,,1990,M,military\n"));

        Assert.Equal("the header has 307 columns; the limit of a list is 256", result.Errors.Single().Reason);
    }

    [Fact]
    public void Read_ordinaryLargeWorkbook_isWithinEveryLimit()
    {
        var result = Lists.ReadBytes(UploadBombs.XlsxRows(20_000));

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Take(3)));
        Assert.Equal(20_000, result.Records.Count);
    }

    private static PersonListResult Refused(byte[] bytes, PersonListReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return Refused(stream, options);
    }

    private static PersonListResult Refused(Stream stream, PersonListReadOptions? options = null)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var result = PersonList.Read(stream, options);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.False(result.IsValid);
        Assert.True(allocated < MaxAllocated, $"allocated {allocated / 1048576.0:0.0} MiB while refusing");
        Assert.True(retained < MaxRetained, $"{retained / 1048576.0:0.0} MiB still held after refusing");
        return result;
    }
}
