using Parley.Linkage.Blocking;
using Parley.Linkage.Normalisation;

namespace Parley.Linkage.Tests.Blocking;

public sealed class BlockingKeysTests
{
    private static (ulong[][] Left, ulong[][] Right) Keys(PersonRecord left, PersonRecord right)
    {
        var vocabulary = new Vocabulary();
        var l = new PreparedList([left], vocabulary);
        var r = new PreparedList([right], vocabulary);
        vocabulary.Build(NameEquivalents.Default, new ParallelOptions());
        return (BlockingKeys.Compute(l, vocabulary), BlockingKeys.Compute(r, vocabulary));
    }

    private static PersonRecord P(string family, string given, string dob)
    {
        Assert.True(PartialDate.TryParse(dob, out var date));
        return new PersonRecord("x", family, given, null, date);
    }

    private static bool Shares(int key, PersonRecord a, PersonRecord b)
    {
        var (l, r) = Keys(a, b);
        return l[key][0] != 0 && l[key][0] == r[key][0];
    }

    [Fact]
    public void Compute_swappedOrderAndScripts_shareNameKey() =>
        Assert.True(Shares(BlockingKeys.Names, P("Олійник", "Олександр", "1987"), P("Aleksandr", "Oleinik", "1988-04-12")));

    [Fact]
    public void Compute_misspeltSurname_sharesGivenAndDateKey() =>
        Assert.True(Shares(1, P("Шевченко", "Микола", "1975-11-03"), P("Шевчекно", "Николай", "1975-03-11")));

    [Fact]
    public void Compute_unlistedGivenForm_sharesFamilyAndDateKey() =>
        Assert.True(Shares(2, P("Шевченко", "Ігнат", "1975-11-03"), P("Shevchenko", "Ihnatii", "1975-03-11")));

    [Fact]
    public void Compute_misspeltGivenNameWithYearOnly_sharesFamilyAndYearKey() =>
        Assert.True(Shares(4, P("Шевченко", "Анастасія", "2011"), P("Шевченко", "Анастксия", "2011-01-15")));

    [Fact]
    public void Compute_missingDate_hasNoDateKeys()
    {
        var (l, _) = Keys(P("Шевченко", "Микола", ""), P("Шевченко", "Микола", ""));
        Assert.Equal(0UL, l[1][0]);
        Assert.Equal(0UL, l[2][0]);
        Assert.Equal(0UL, l[4][0]);
        Assert.NotEqual(0UL, l[BlockingKeys.Names][0]);
    }

    [Fact]
    public void IsFirstShared_yearsFarApart_excludeNameKey()
    {
        var (l, r) = Keys(P("Шевченко", "Микола", "1975"), P("Шевченко", "Микола", "1990"));
        Assert.False(BlockingKeys.IsFirstShared(BlockingKeys.Names, l, r, 0, 0, Dates.Pack(PartialDate.FromYear(1975)), Dates.Pack(PartialDate.FromYear(1990))));
    }
}
