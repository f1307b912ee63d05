using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Parley.Browser.Tests.Sweep;

/// <summary>
/// Every page rendered in Ukrainian and Russian shows none of the interface's English strings (those the resource
/// files translate differently) and no internal name: an enum value in PascalCase, a snake_case field or a dotted
/// log kind standing alone as text.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TranslationCoverageTests(BrowserApp app)
{
    [Theory]
    [InlineData("uk")]
    [InlineData("ru")]
    public async Task Every_page_in_language_shows_no_English_interface_text_or_internal_names(string language)
    {
        var english = EnglishStrings(language);
        var sweep = new PageSweep(app);
        var found = new List<string>();
        foreach (var group in (await sweep.PagesAsync()).GroupBy(p => p.Reader))
        {
            var page = await sweep.OpenAsync(group.Key, language: language);
            foreach (var target in group)
            {
                await page.GotoAsync(target.Path);
                await PageSweep.SettledAsync(page);
                // Interface text is in elements, attributes and option labels; record content is in free text marked dir=auto.
                var texts = await page.EvaluateAsync<string[]>(TextsScript);
                foreach (var text in texts.Select(t => t.Trim()).Where(t => t.Length > 1).Distinct())
                {
                    if (english.FirstOrDefault(e => e.IsMatch(text)) is { } match)
                    {
                        found.Add($"{target.Path}: \"{text}\" (English interface text)");
                    }
                    else if (InternalName().IsMatch(text))
                    {
                        found.Add($"{target.Path}: \"{text}\" (internal name)");
                    }
                }
            }
            await page.Context.CloseAsync();
        }
        Assert.True(found.Count == 0, $"{found.Count} untranslated texts in {language}:\n" + string.Join("\n", found.Distinct()));
    }

    private const string TextsScript = """
        () => {
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || el.closest('script,style,[dir=auto],code,pre,kbd,.source')) continue;
            out.push(n.textContent);
          }
          for (const el of document.querySelectorAll('[title],[aria-label],[placeholder],input[type=submit][value]')) {
            if (el.closest('[dir=auto]')) continue;
            for (const a of ['title', 'aria-label', 'placeholder']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
          }
          return out;
        }
        """;

    /// <summary>The English interface strings the language translates differently, as whole-text patterns ({0} matches anything).</summary>
    private static List<Regex> EnglishStrings(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var patterns = new List<Regex>();
        foreach (var name in new[] { "Parley.Server.Localization.UiText", "Parley.Server.Localization.HumText" })
        {
            var resources = new ResourceManager(name, typeof(Program).Assembly);
            var neutral = resources.GetResourceSet(CultureInfo.InvariantCulture, true, true)!;
            foreach (DictionaryEntry entry in neutral)
            {
                var value = (string)entry.Value!;
                var translated = resources.GetString((string)entry.Key, culture);
                // Only strings with words of their own: "{0}: {1}" says nothing about the language of what fills it.
                if (translated == value || Regex.Replace(value, @"\{\d+(:[^}]*)?}", "").Count(char.IsLetter) < 3)
                {
                    continue;
                }
                var pattern = Regex.Replace(Regex.Escape(value.Trim()), @"\\\{\d+(:[^}]*)?}|\{\d+(:[^}]*)?}", ".+");
                patterns.Add(new Regex("^" + pattern + "$", RegexOptions.CultureInvariant));
            }
        }
        return patterns;
    }

    [GeneratedRegex(@"^([A-Z][a-z]+){2,}$|^[a-z]+(_[a-z]+)+\b|^[a-z]+(\.[a-z-]+)+$|\b[a-z]+=[a-z]+\b")]
    private static partial Regex InternalName();
}
