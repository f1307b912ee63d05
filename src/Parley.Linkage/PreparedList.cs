using Parley.Linkage.Normalisation;

namespace Parley.Linkage;

/// <summary>A list reduced to token ids and packed dates, the form the comparison loop reads.</summary>
internal sealed class PreparedList
{
    public PreparedList(IReadOnlyList<PersonRecord> records, Vocabulary vocabulary)
    {
        var n = records.Count;
        Family = new int[n];
        Given = new int[n];
        Patronymic = new int[n];
        Dob = new int[n];
        Sex = new byte[n];
        for (var i = 0; i < n; i++)
        {
            var r = records[i];
            Family[i] = vocabulary.Add(r.FamilyName);
            Given[i] = vocabulary.Add(r.GivenName);
            Patronymic[i] = vocabulary.Add(r.Patronymic);
            Dob[i] = Dates.Pack(r.DateOfBirth);
            Sex[i] = (byte)r.Sex;
        }
    }

    public int Count => Family.Length;

    public int[] Family { get; }

    public int[] Given { get; }

    public int[] Patronymic { get; }

    /// <summary>Dates packed by <see cref="Dates.Pack"/>.</summary>
    public int[] Dob { get; }

    public byte[] Sex { get; }
}
