using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Parley.Ledger.Entries;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Protection;

namespace Parley.Application.Tests.Humanitarian;

public sealed class PersonSealingTests
{
    private static readonly string[] Pieces =
    [
        "Шевченко", "Іваненко", "Петров", "O'Brien", "Müller", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak",
        "\u0001\u001f", "😀", "𝔄", "ґ", "", " ", "/", "<b>", "é", "\u007f", "\u2028", "=SUM(A1)", "Ǆ",
    ];

    [Fact]
    public void Canonical_bytes_equal_the_JCS_of_the_serialised_person_for_random_persons()
    {
        var random = new Random(7);
        var writer = new PersonCanonicalJson();
        for (var n = 0; n < 3_000; n++)
        {
            var person = RandomPerson(random);
            Assert.True(writer.TryWrite(person));
            var expected = CanonicalJson.Serialize(JsonSerializer.SerializeToElement(person, PersonSealer.Json));
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(writer.Written));
        }
    }

    [Fact]
    public void Seal_opens_through_the_general_path_with_the_same_person()
    {
        var sealer = new PersonSealer(new PersonalDataCipher(RandomNumberGenerator.GetBytes(32)));
        var random = new Random(11);
        using var sealing = sealer.StartSealing();
        for (var n = 0; n < 1_000; n++)
        {
            var person = RandomPerson(random);
            var id = Guid.CreateVersion7();
            var (commitment, sealedData) = sealing.Seal(id, person);
            // Open recomputes the commitment through SerializeToElement and CanonicalJson, independently of Seal.
            var opened = sealer.Open(id, sealedData, commitment);
            Assert.Equal(Describe(person), Describe(opened));
        }
    }

    [Fact]
    public void Seal_same_person_twice_gives_different_commitments()
    {
        var sealer = new PersonSealer(new PersonalDataCipher(RandomNumberGenerator.GetBytes(32)));
        using var sealing = sealer.StartSealing();
        var person = RandomPerson(new Random(3));
        Assert.NotEqual(sealing.Seal(Guid.NewGuid(), person).Commitment, sealing.Seal(Guid.NewGuid(), person).Commitment);
    }

    [Fact]
    public void Seal_many_persons_draws_a_fresh_nonce_and_salt_for_each()
    {
        var cipher = new PersonalDataCipher(RandomNumberGenerator.GetBytes(32));
        var sealer = new PersonSealer(cipher);
        using var sealing = sealer.StartSealing();
        var person = RandomPerson(new Random(9));
        var seals = Enumerable.Range(0, 1_000).Select(_ => sealing.Seal(Guid.NewGuid(), person)).ToList();
        Assert.Equal(seals.Count, seals.Select(s => Convert.ToHexString(s.Sealed.AsSpan(0, 12))).Distinct().Count());
        Assert.Equal(seals.Count, seals.Select(s => s.Commitment).Distinct().Count());
    }

    [Fact]
    public void Seal_unpaired_surrogate_takes_the_general_path_and_opens_as_it_does()
    {
        var sealer = new PersonSealer(new PersonalDataCipher(RandomNumberGenerator.GetBytes(32)));
        using var sealing = sealer.StartSealing();
        var person = RandomPerson(new Random(5)) with { FamilyName = "Bad\ud800name" };
        Assert.False(new PersonCanonicalJson().TryWrite(person));
        var generalId = Guid.NewGuid();
        var general = sealer.SealThroughElement(generalId, person);
        var fastId = Guid.NewGuid();
        var fast = sealing.Seal(fastId, person);
        var opened = sealer.Open(fastId, fast.Sealed, fast.Commitment);
        Assert.Equal(Describe(sealer.Open(generalId, general.Sealed, general.Commitment)), Describe(opened));
        Assert.Equal("Bad\ufffdname", opened.FamilyName);
    }

    private static string Describe(PersonDetails p) =>
        JsonSerializer.Serialize(p with { Extra = new SortedDictionary<string, string>(p.Extra.ToDictionary(), StringComparer.Ordinal) });

    private static PersonDetails RandomPerson(Random random)
    {
        string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        string? Maybe() => random.Next(3) == 0 ? null : Text();
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = random.Next(0, 4); i > 0; i--)
            extra[Text() + i] = Text();
        return new PersonDetails(Text(), Text(), Text(), Text(), Text(), random.Next(2) == 0 ? "M" : "F", "military",
            Maybe(), Maybe(), Maybe(), Maybe(), Maybe(), Maybe(), Maybe(), Maybe(), Maybe(), Maybe(), extra);
    }
}
