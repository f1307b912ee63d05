using System.Text;

namespace Parley.Domain.Minutes;

/// <summary>
/// Minutes drafted from the record, before the chair edits them. <see cref="ToText"/> is the plain text the chair
/// starts from: a title line, then each part as a heading followed by its lines as "- " items.
/// </summary>
public sealed record MinutesDraft(string Language, string Title, IReadOnlyList<MinutesSection> Sections)
{
    public string ToText()
    {
        var text = new StringBuilder().Append("# ").Append(Title).Append('\n');
        foreach (var section in Sections)
        {
            text.Append('\n').Append("## ").Append(section.Heading).Append('\n');
            foreach (var line in section.Lines)
            {
                text.Append("- ").Append(line).Append('\n');
            }
        }
        return text.ToString();
    }
}
