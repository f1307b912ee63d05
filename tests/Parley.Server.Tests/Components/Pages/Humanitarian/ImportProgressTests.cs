using Parley.Lists;
using Parley.Server.Components.Pages.Humanitarian;
using Parley.Application.Humanitarian.Import;

namespace Parley.Server.Tests.Components.Pages.Humanitarian;

public sealed class ImportProgressTests
{
    [Fact]
    public void Report_reading_then_storing_moves_the_bar_through_bytes_then_persons()
    {
        var renders = 0;
        var progress = new ImportProgress(() => { renders++; return Task.CompletedTask; });
        progress.Start(1_000);

        progress.Report(new ListReadProgress(Rows: 9_000, Errors: 0, BytesRead: 1_000, TotalBytes: 1_000));
        Assert.False(progress.Storing);
        Assert.Equal(1.0, progress.Fraction);

        ((IProgress<ImportStoreProgress>)progress).Report(new ImportStoreProgress(4_096, 9_000));
        Assert.True(progress.Storing);
        Assert.Equal(4_096.0 / 9_000, progress.Fraction!.Value, 9);
        Assert.Equal(9_000, progress.Rows);

        ((IProgress<ImportStoreProgress>)progress).Report(new ImportStoreProgress(9_000, 9_000));
        Assert.Equal(1.0, progress.Fraction);
        Assert.True(renders >= 2, "the finishing reports render at once");
    }

    [Fact]
    public void Start_after_storing_begins_again_with_reading()
    {
        var progress = new ImportProgress(() => Task.CompletedTask);
        ((IProgress<ImportStoreProgress>)progress).Report(new ImportStoreProgress(10, 10));

        progress.Start(500);

        Assert.False(progress.Storing);
        Assert.Equal(0.0, progress.Fraction);
    }
}
