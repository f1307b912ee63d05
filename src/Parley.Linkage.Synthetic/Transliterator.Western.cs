namespace Parley.Linkage.Synthetic;

/// <summary>
/// Romanisations by the spelling rules of other Latin-script languages, as names appear in documents issued or
/// re-typed abroad: Polish (Szewczenko, Kowalczuk), German (Schewtschenko, Juschtschenko), French (Chevtchenko,
/// Iouchtchenko). The engine's normaliser is not told which one a name is in.
/// </summary>
public static partial class Transliterator
{
    private static string? Western(char c, TransliterationSystem system, bool ukrainian, bool initial, bool afterVowel) => system switch
    {
        TransliterationSystem.Polish => c switch
        {
            'в' => "w",
            'г' => ukrainian ? "h" : "g",
            'е' => !ukrainian && afterVowel ? "je" : "e",
            'є' => "je",
            'ё' => "io",
            'ж' => "ż",
            'и' => ukrainian ? "y" : "i",
            'ї' => "ji",
            'й' => "j",
            'х' => "ch",
            'ц' => "c",
            'ч' => "cz",
            'ш' => "sz",
            'щ' => "szcz",
            'ю' => "ju",
            'я' => "ja",
            _ => null,
        },
        TransliterationSystem.German => c switch
        {
            'в' => "w",
            'г' => ukrainian ? "h" : "g",
            'е' => !ukrainian && initial ? "je" : "e",
            'є' => "je",
            'ё' => "jo",
            'ж' => "sch",
            'з' => "s",
            'и' => "i",
            'ї' => "ji",
            'й' => "j",
            'с' => "s",
            'х' => "ch",
            'ц' => "z",
            'ч' => "tsch",
            'ш' => "sch",
            'щ' => "schtsch",
            'ю' => "ju",
            'я' => "ja",
            _ => null,
        },
        TransliterationSystem.French => c switch
        {
            'г' => ukrainian ? "h" : "g",
            'ж' => "j",
            'и' => "i",
            'й' => "ï",
            'ї' => "ï",
            'у' => "ou",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "tch",
            'ш' => "ch",
            'щ' => "chtch",
            'ю' => "iou",
            'я' => "ia",
            'є' => "ie",
            'ё' => "io",
            _ => null,
        },
        _ => null,
    };
}
