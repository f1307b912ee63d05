namespace Parley.Linkage.Synthetic;

/// <summary>The generator's known true pairs as a UTF-8 CSV with header <c>left_id,right_id</c>.</summary>
public static class TruthFile
{
    public static void Write(string path, IEnumerable<(string LeftId, string RightId)> truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine("left_id,right_id");
        foreach (var (l, r) in truth)
        {
            // Ids are the generator's own (letters, digits, dashes): nothing to quote.
            writer.Write(l);
            writer.Write(',');
            writer.WriteLine(r);
        }
    }
}
