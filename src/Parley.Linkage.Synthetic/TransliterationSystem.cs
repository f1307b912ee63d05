namespace Parley.Linkage.Synthetic;

/// <summary>Romanisation systems the generator writes names in.</summary>
public enum TransliterationSystem : byte
{
    /// <summary>Cabinet of Ministers of Ukraine Resolution No. 55 (2010): Ukrainian passports.</summary>
    UkrainianNational2010 = 0,

    /// <summary>ICAO Doc 9303 (7th ed.) transliteration of Cyrillic: machine-readable zones of passports.</summary>
    Icao9303 = 1,

    /// <summary>BGN/PCGN 1947 for Russian (with apostrophes for soft and hard signs).</summary>
    BgnPcgn = 2,

    /// <summary>GOST 7.79-2000, system B (ASCII only: cz, shh, y', `).</summary>
    Gost779B = 3,

    /// <summary>Informal English spellings (Alexander, Yuri, Sergiy, Mikhail/Mihail).</summary>
    Informal = 4,

    /// <summary>Polish spelling (w, cz, sz, szcz, ż, j): Szewczenko, Kowalczuk.</summary>
    Polish = 5,

    /// <summary>German spelling (w, z, tsch, sch, schtsch, j): Schewtschenko.</summary>
    German = 6,

    /// <summary>French spelling (ou, ch, tch, j, ï): Chevtchenko, Iouchtchenko.</summary>
    French = 7,
}
