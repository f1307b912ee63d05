using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Parley.Linkage.Bench;

/// <summary>Records when each stage of a link run starts, to show where the time goes.</summary>
internal sealed class StageTimer(Stopwatch clock) : IProgress<LinkProgress>
{
    private readonly List<(LinkStage Stage, TimeSpan At)> _marks = [];

    public void Report(LinkProgress value)
    {
        lock (_marks)
        {
            if (_marks.Count == 0 || _marks[^1].Stage != value.Stage)
            {
                _marks.Add((value.Stage, clock.Elapsed));
            }
        }
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        for (var i = 0; i + 1 < _marks.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{_marks[i].Stage} {(_marks[i + 1].At - _marks[i].At).TotalSeconds:F2}s ");
        }

        return sb.ToString();
    }
}
