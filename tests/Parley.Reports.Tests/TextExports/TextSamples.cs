using Parley.Text;
using Parley.Text.Format;

namespace Parley.Reports.Tests.TextExports;

internal static class TextSamples
{
    public const string English = """
        # Memorandum on a ceasefire and humanitarian measures

        ## Article 1. Ceasefire
        The Parties shall observe a [UA: full and unconditional | RU: limited] ceasefire [UA: of at least 30 days | RU: ].

        The ceasefire shall be monitored by [the Parties jointly | UA: an international mission].

        ## Article 2. Prisoners
        The Parties shall exchange all prisoners of war on the principle of "all for all" \[sic\].
        """;

    public const string Ukrainian = """
        # Меморандум про припинення вогню

        ## Стаття 1. Припинення вогню
        Сторони дотримуються [UA: повного і безумовного | RU: обмеженого] припинення вогню.

        ## Стаття 2. Полонені
        Сторони обмінюються всіма військовополоненими за принципом «всіх на всіх».
        """;

    public static NegotiatingText Parse(string s) => PlainTextParser.Parse(s).GetValueOrThrow();
}
