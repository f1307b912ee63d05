using Parley.Analysis.Solutions;

namespace Parley.Analysis.Reference;

/// <summary>The running optima of one enumeration pass of <see cref="BruteForce.Solve"/>.</summary>
internal sealed class Best(int parties)
{
    public (long Id, double Value) Nash { get; private set; } = (-1, double.NegativeInfinity);

    public (long Id, double Value) Egalitarian { get; private set; } = (-1, double.NegativeInfinity);

    public (long Id, double Value) Utilitarian { get; private set; } = (-1, double.NegativeInfinity);

    public (long Id, (double Max, double Sum) Value) Concession { get; private set; } =
        (-1, (double.PositiveInfinity, double.PositiveInfinity));

    public double[] Ideal { get; } = Enumerable.Repeat(double.NegativeInfinity, parties).ToArray();

    public void Offer(ReadOnlySpan<double> u, long id, double[] r, double[] d)
    {
        if (!Objectives.Acceptable(u, r))
        {
            var reduction = Objectives.Reductions(u, r, d);
            if (Concession.Id < 0 || Objectives.BetterConcession(reduction, Concession.Value))
            {
                Concession = (id, reduction);
            }

            return;
        }

        for (var i = 0; i < u.Length; i++)
        {
            Ideal[i] = Math.Max(Ideal[i], u[i]);
        }

        Nash = Pick(Nash, id, Objectives.Nash(u, r));
        Egalitarian = Pick(Egalitarian, id, Objectives.Egalitarian(u, r));
        Utilitarian = Pick(Utilitarian, id, Objectives.Utilitarian(u));
    }

    public Best Combine(Best other)
    {
        Nash = Pick(Nash, other.Nash.Id, other.Nash.Value);
        Egalitarian = Pick(Egalitarian, other.Egalitarian.Id, other.Egalitarian.Value);
        Utilitarian = Pick(Utilitarian, other.Utilitarian.Id, other.Utilitarian.Value);
        if (other.Concession.Id >= 0
            && (Concession.Id < 0 || Objectives.BetterConcession(other.Concession.Value, Concession.Value)))
        {
            Concession = other.Concession;
        }

        for (var i = 0; i < Ideal.Length; i++)
        {
            Ideal[i] = Math.Max(Ideal[i], other.Ideal[i]);
        }

        return this;
    }

    private static (long, double) Pick((long Id, double Value) current, long id, double value) =>
        id >= 0 && (current.Id < 0 || value > current.Value) ? (id, value) : current;
}
