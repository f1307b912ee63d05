using System.Globalization;

namespace Parley.Linkage.Synthetic;

/// <summary>
/// Generates a realistic pair of cross-script person lists with known truth: Zipf-like surname and
/// given-name frequencies (many true namesakes), Ukrainian or Russian name forms, several
/// romanisations, typos, upper case, swapped name order, missing patronymics, partial, swapped or
/// slipped dates of birth, and only partial overlap. Deterministic for a given seed.
/// </summary>
public static partial class SyntheticListGenerator
{
    private static readonly TransliterationSystem[] s_russianSideSystems =
    [
        TransliterationSystem.Icao9303, TransliterationSystem.Icao9303, TransliterationSystem.BgnPcgn,
        TransliterationSystem.BgnPcgn, TransliterationSystem.Gost779B, TransliterationSystem.Informal,
    ];

    public static SyntheticListPair Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var shared = (int)Math.Round(options.Overlap * Math.Min(options.LeftCount, options.RightCount));
        var total = options.LeftCount + options.RightCount - shared;
        var persons = new SyntheticPerson[total];
        for (var i = 0; i < total; i++)
        {
            persons[i] = NewPerson(random, options.WideNames ? NameData.Wide : NameData.Instance);
        }

        var leftPersons = Enumerable.Range(0, options.LeftCount).ToArray();
        var rightPersons = Enumerable.Range(0, shared).Concat(Enumerable.Range(options.LeftCount, options.RightCount - shared)).ToArray();
        random.Shuffle(leftPersons);
        random.Shuffle(rightPersons);

        var left = new PersonRecord[leftPersons.Length];
        var leftIdOf = new string?[total];
        for (var i = 0; i < left.Length; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"UA-{i + 1:D7}");
            left[i] = Render(persons[leftPersons[i]], id, ukrainianSide: true, options, random);
            leftIdOf[leftPersons[i]] = id;
        }

        var right = new PersonRecord[rightPersons.Length];
        var truth = new List<(string, string)>(shared);
        for (var i = 0; i < right.Length; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"RU-{i + 1:D7}");
            right[i] = Render(persons[rightPersons[i]], id, ukrainianSide: false, options, random);
            if (leftIdOf[rightPersons[i]] is { } leftId)
            {
                truth.Add((leftId, id));
            }
        }

        return new SyntheticListPair(left, right, truth);
    }

    private static readonly TransliterationSystem[] s_westernSystems =
        [TransliterationSystem.Polish, TransliterationSystem.German, TransliterationSystem.French];

    private static SyntheticPerson NewPerson(Random random, NameData names)
    {
        var roll = random.NextDouble();
        var category = roll < 0.7 ? PersonCategory.Military : roll < 0.94 ? PersonCategory.Civilian : PersonCategory.Child;
        var female = category == PersonCategory.Military ? random.NextDouble() < 0.06 : random.NextDouble() < 0.5;
        var russianOrigin = random.NextDouble() < 0.15;
        var surname = russianOrigin ? names.RussianSurnames.Pick(random) : names.UkrainianSurnames.Pick(random);
        var given = (female ? names.FemaleNames : names.MaleNames).Pick(random);
        var father = names.MaleNames.Pick(random);
        var (from, to) = category switch
        {
            PersonCategory.Military => (1965, 2006),
            PersonCategory.Child => (2007, 2022),
            _ => (1940, 2008),
        };
        var year = from + (int)((to - from + 1) * ((random.NextDouble() + random.NextDouble()) / 2));
        var date = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
        return new SyntheticPerson(surname, russianOrigin, given, father, female ? Sex.Female : Sex.Male, date, category);
    }

    private static PersonRecord Render(SyntheticPerson person, string id, bool ukrainianSide, SyntheticOptions options, Random random)
    {
        var female = person.Sex == Sex.Female;
        var family = ukrainianSide
            ? (person.RussianOrigin ? CrossLanguage.RussianToUkrainian(person.Surname) : person.Surname)
            : (person.RussianOrigin ? person.Surname : CrossLanguage.UkrainianToRussian(person.Surname, random));
        if (female)
        {
            family = CrossLanguage.Feminine(family, ukrainianSide);
        }

        var given = ukrainianSide ? person.Given.Ukrainian : person.Given.Russian;
        string? patronymic = ukrainianSide
            ? Patronymics.Ukrainian(person.Father.Ukrainian, female)
            : Patronymics.Russian(person.Father.Russian, female);

        var latin = random.NextDouble() < (ukrainianSide ? options.LeftLatinShare : options.RightLatinShare);
        if (latin)
        {
            var system = options.WesternLatinShare > 0 && random.NextDouble() < options.WesternLatinShare
                ? s_westernSystems[random.Next(s_westernSystems.Length)]
                : ukrainianSide
                    ? (random.NextDouble() < 0.85 ? TransliterationSystem.UkrainianNational2010 : TransliterationSystem.Informal)
                    : s_russianSideSystems[random.Next(s_russianSideSystems.Length)];
            family = Transliterator.Romanise(family, system, ukrainianSide, random);
            given = Transliterator.Romanise(given, system, ukrainianSide, random);
            patronymic = random.NextDouble() < 0.7 ? null : Transliterator.Romanise(patronymic, system, ukrainianSide, random);
        }
        else if (random.NextDouble() < options.MissingPatronymicRate)
        {
            patronymic = null;
        }

        if (!ukrainianSide && options.RightPatronymicDropRate > 0 && random.NextDouble() < options.RightPatronymicDropRate)
        {
            patronymic = null;
        }

        family = Noise.MaybeTypo(family, options.TypoRate, random);
        given = Noise.MaybeTypo(given, options.TypoRate * 0.75, random);
        patronymic = patronymic is null ? null : Noise.MaybeTypo(patronymic, options.TypoRate * 0.75, random);
        if (random.NextDouble() < options.UpperCaseRate)
        {
            (family, given, patronymic) = (family.ToUpperInvariant(), given.ToUpperInvariant(), patronymic?.ToUpperInvariant());
        }

        if (random.NextDouble() < options.SwapRate)
        {
            (family, given) = (given, family);
        }

        var sex = random.NextDouble() < 0.05 ? Sex.Unknown : person.Sex;
        var date = Noise.DateOfBirth(person.DateOfBirth, options.DateNoiseRate, random);
        if (options.PlaceholderDateRate > 0 && random.NextDouble() < options.PlaceholderDateRate)
        {
            date = PartialDate.Create(person.DateOfBirth.Year, 1, 1);
        }

        if (options.DateTypoRate > 0 && date.Precision == DatePrecision.Day && random.NextDouble() < options.DateTypoRate)
        {
            date = Noise.DateTypo(date, random);
        }
        return new PersonRecord(id, family, given, patronymic, date, sex, person.Category);
    }
}
