using System.Text;
using Parley.Cli.Tests.Infrastructure;

namespace Parley.Cli.Tests.Commands;

public sealed class ImportCommandTests
{
    private const string Header = "id,family_name,given_name,patronymic,date_of_birth,sex,category,health";

    private static string Write(TempDirectory data, string name, string text, Encoding encoding)
    {
        var path = Path.Combine(data.Path, name);
        File.WriteAllText(path, text, encoding);
        return path;
    }

    [Fact]
    public async Task Import_valid_windows_1251_list_stores_every_row_and_refuses_it_twice()
    {
        using var data = new TempDirectory();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Write(data, "ru.csv", Header.Replace(',', ';') + "\r\nR-1;Иванов;Алексей;Петрович;12.03.1994;M;military;тяжело ранен\r\nR-2;Петрова;Анна;;1990;F;civilian;\r\n", Encoding.GetEncoding(1251));

        var run = await ParleyTool.RunAsync(data.Path, "import", file, "--party", "russia");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("stored 2 persons from ru.csv: 1 military, 1 civilian, 0 children", run.Stdout, StringComparison.Ordinal);

        var again = await ParleyTool.RunAsync(data.Path, "import", file, "--party", "RU");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already filed for RU", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_bad_rows_name_line_and_column_and_store_nothing()
    {
        using var data = new TempDirectory();
        var bad = Write(data, "bad.csv", Header + "\nUA-1,Шевченко,Олександр,,1994-13-12,Q,military,\n", new UTF8Encoding(false));
        var good = Write(data, "good.csv", Header + "\nUA-1,Шевченко,Олександр,,1994-12-12,M,military,\n", new UTF8Encoding(false));

        var run = await ParleyTool.RunAsync(data.Path, "import", bad, "--party", "UA");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2, column date_of_birth", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 2, column sex", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was stored", run.Stderr, StringComparison.Ordinal);

        // The same person in a good file is stored: the bad import left nothing behind to collide with.
        var ok = await ParleyTool.RunAsync(data.Path, "import", good, "--party", "UA");
        Assert.True(ok.ExitCode == 0, ok.Stderr);
        Assert.Contains("stored 1 persons", ok.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(0, (await ParleyTool.RunAsync(data.Path, "import", good, "--party", "Atlantis")).ExitCode);
    }
}
