namespace Parley.Application.Text.Seed;

/// <summary>
/// The demo's illustrative draft across the three Istanbul rounds of 2025, built from the article and the public
/// facts (seed/facts.md): the chair's wording, and Russia's and Ukraine's memoranda points of 2 June 2025 as the
/// parties' alternatives. Labelled illustrative in its title: no such text was tabled.
/// </summary>
internal static class DemoText
{
    public const string Title = "Illustrative draft (not a real document): Memorandum on a ceasefire and humanitarian measures";

    /// <summary>Round 1, 16 May 2025 (Dolmabahçe): the chair's first draft; the 1,000-for-1,000 exchange agreed.</summary>
    public const string Round1 = $"""
        # {Title}

        ## Article 1. Ceasefire
        The Parties shall observe a [UA: full and unconditional | RU: ] ceasefire [UA: of at least 30 days | RU: ].

        The ceasefire shall be monitored by [the Parties jointly | UA: an international mission].

        ## Article 2. Prisoners of war
        The Parties shall exchange 1,000 prisoners of war for 1,000.

        Further exchanges shall follow [UA: on the principle of "all for all" | RU: in stages agreed in each round].

        ## Article 3. Civilians
        The Parties shall release civilian detainees held in connection with the conflict [UA: without conditions | RU: on the basis of lists agreed between the Parties].

        ## Article 4. Children
        The Parties shall [UA: return to Ukraine all children deported or forcibly displaced | cooperate in reuniting children with their families].

        ## Article 5. Humanitarian pauses
        Pending a ceasefire, the Parties shall [observe humanitarian pauses | UA: observe a full ceasefire] to recover the wounded and the dead.

        The Parties shall return the bodies of the fallen.

        ## Article 6. Leaders' meeting
        The Parties shall prepare a meeting at the level of leaders.
        """;

    /// <summary>Round 2, 2 June 2025 (Çırağan): the memoranda exchanged; their points enter as the parties' alternatives.</summary>
    public const string Round2 = $"""
        # {Title}

        ## Article 1. Ceasefire
        The Parties shall observe a [UA: full and unconditional | RU: ] ceasefire [UA: of at least 30 days | RU: once Ukraine has withdrawn its forces as set out in Article 8].

        The ceasefire shall be monitored by [the Parties jointly | UA: an international mission].

        ## Article 2. Prisoners of war
        The Parties shall exchange 1,000 prisoners of war for 1,000.

        Seriously wounded and seriously sick prisoners, and prisoners aged 18 to 25, shall be exchanged first.

        Further exchanges shall follow [UA: on the principle of "all for all" | RU: in stages agreed in each round].

        ## Article 3. Civilians
        The Parties shall release civilian detainees held in connection with the conflict [UA: without conditions | RU: on the basis of lists agreed between the Parties].

        ## Article 4. Children
        The Parties shall [UA: return to Ukraine all children deported or forcibly displaced, beginning with the 339 children on the list handed over on 2 June 2025 | RU: cooperate in reuniting children with their families].

        ## Article 5. Humanitarian pauses
        Pending a ceasefire, the Parties shall [observe humanitarian pauses | UA: observe a full ceasefire] to recover the wounded and the dead.

        The Parties shall return the bodies of the fallen, 6,000 for 6,000 as a first stage.

        ## Article 6. Leaders' meeting
        [UA: The leaders of the Parties shall meet to settle the questions that remain. | RU: The leaders of the Parties shall meet only to sign the final agreement.]

        ## Article 7. Security
        Ukraine [RU: shall renounce membership of NATO and of any military alliance | UA: retains the right to choose its security arrangements].

        [RU: The size of Ukraine's armed forces shall be limited. | UA: ]

        ## Article 8. Territory
        [RU: Ukraine shall recognise Crimea and four regions as part of Russia and withdraw its forces from them. | UA: No change of borders by force shall be recognised; the line of contact is where negotiations begin.]

        ## Article 9. Sanctions
        [RU: Sanctions against Russia shall be lifted. | UA: ]
        """;

    /// <summary>Round 3, 23 July 2025 (Çırağan, chaired by Hakan Fidan): a 1,200-for-1,200 exchange and short pauses agreed; the rest stays bracketed.</summary>
    public const string Round3 = $"""
        # {Title}

        ## Article 1. Ceasefire
        The Parties shall observe a [UA: full and unconditional | RU: ] ceasefire [UA: of at least 30 days | RU: once Ukraine has withdrawn its forces as set out in Article 8].

        The ceasefire shall be monitored by [the Parties jointly | UA: an international mission].

        ## Article 2. Prisoners of war
        The Parties shall exchange 1,000 prisoners of war for 1,000.

        Seriously wounded and seriously sick prisoners, and prisoners aged 18 to 25, shall be exchanged first.

        Further exchanges shall follow in stages, the next of 1,200 prisoners of war for 1,200.

        [UA: The exchanges shall continue on the principle of "all for all". | RU: ]

        ## Article 3. Civilians
        The Parties shall release civilian detainees held in connection with the conflict [UA: without conditions | RU: on the basis of lists agreed between the Parties, beginning with about 30 civilians from the Kursk region].

        ## Article 4. Children
        The Parties shall [UA: return to Ukraine all children deported or forcibly displaced, beginning with the 339 children on the list handed over on 2 June 2025 | RU: cooperate in reuniting children with their families].

        ## Article 5. Humanitarian pauses
        Pending a ceasefire, the Parties shall observe humanitarian pauses of 24 to 48 hours along the line of contact to recover the wounded and the dead.

        The Parties shall return the bodies of the fallen, 6,000 for 6,000 as a first stage.

        Working groups on political, humanitarian and military questions shall meet online.

        ## Article 6. Leaders' meeting
        [UA: The leaders of the Parties shall meet, with the Presidents of the United States and Türkiye, before the end of August 2025. | RU: The leaders of the Parties shall meet only to sign the final agreement.]

        ## Article 7. Security
        Ukraine [RU: shall renounce membership of NATO and of any military alliance | UA: retains the right to choose its security arrangements].

        [RU: The size of Ukraine's armed forces shall be limited. | UA: ]

        ## Article 8. Territory
        [RU: Ukraine shall recognise Crimea and four regions as part of Russia and withdraw its forces from them. | UA: No change of borders by force shall be recognised; the line of contact is where negotiations begin.]

        ## Article 9. Sanctions
        [RU: Sanctions against Russia shall be lifted. | UA: ]
        """;

    public static IReadOnlyList<(int Round, string Content)> Versions { get; } = [(1, Round1), (2, Round2), (3, Round3)];
}
