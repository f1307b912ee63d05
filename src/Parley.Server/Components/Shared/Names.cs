using System.Globalization;
using Microsoft.Extensions.Localization;
using Parley.Domain.Talks;
using Parley.Server.Localization;

namespace Parley.Server.Components.Shared;

/// <summary>
/// Names in the reader's script where one is stored: a Cyrillic interface shows a person's native name when it is
/// written in Cyrillic (Володимир Зеленський, Сергей Лавров) and the Latin one otherwise; a party is called by the
/// interface's own name for it (Україна, Росія — the resource <c>PartyName.{code}</c>), else by its stored name.
/// </summary>
internal static class Names
{
    public static string Of(Person person) =>
        ReaderReadsCyrillic && IsCyrillic(person.NativeName) ? person.NativeName! : person.Name;

    /// <summary>The other stored form of the name, shown beside <see cref="Of(Person)"/>; null when there is none.</summary>
    public static string? Other(Person person)
    {
        var shown = Of(person);
        var other = shown == person.Name ? person.NativeName : person.Name;
        return string.IsNullOrWhiteSpace(other) || other == shown ? null : other;
    }

    public static string Of(Party party, IStringLocalizer<UiText> t) => Party(party.Code, party.Name, party.NativeName, t);

    public static string Party(string? code, string name, string? nativeName, IStringLocalizer<UiText> t)
    {
        if (code is not null && t["PartyName." + code] is { ResourceNotFound: false } said)
        {
            return said.Value;
        }
        return ReaderReadsCyrillic && IsCyrillic(nativeName) ? nativeName! : name;
    }

    private static bool ReaderReadsCyrillic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "uk" or "ru";

    private static bool IsCyrillic(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Any(c => c is >= '\u0400' and <= '\u04FF');
}
