using Microsoft.AspNetCore.Components;
using Parley.Application.Minutes;
using Parley.Application.Outcomes;
using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Server.Components.Pages.Minutes;

/// <summary>
/// A round's minutes: the saved text (or, until the chair saves, the draft from the record), the parties'
/// signatures, exports; the chair redrafts and edits, a delegation hands in its party's signed note. Each call runs
/// in a fresh scope, as the circuit outlives a request.
/// </summary>
public partial class MinutesPage
{
    private static readonly string[] Languages = ["en", "uk", "ru"];
    private Round? _round;
    private MinutesView? _minutes;
    private string? _draft;
    private string _text = "";
    private string _language = "en";
    private string? _note;
    private string? _message;
    private bool _refused;
    private bool _busy;

    [Parameter] public Guid Id { get; set; }

    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    private bool CanSign => Viewer.IsMediator || Viewer.Role == ParleyRole.Delegation;

    protected override async Task LoadAsync()
    {
        _round = await Reader.GetAsync<Round>(Viewer, Id);
        if (_round is null)
        {
            NotFound();
            return;
        }
        _language = UiLanguage();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        (_minutes, _) = await UseAsync<ReadMinutes, Outcome<MinutesView>>(r => r.RunAsync(Viewer, Id));
        if (_minutes is { } m)
        {
            (_text, _language) = (m.Text, m.Language);
        }
        else
        {
            await RedraftAsync();
        }
    }

    private async Task RedraftAsync()
    {
        var (draft, refusal) = await UseAsync<DraftMinutes, Outcome<Domain.Minutes.MinutesDraft>>(d => d.RunAsync(Viewer, Id, _language));
        _draft = draft?.ToText();
        _text = _draft ?? _text;
        if (refusal is not null)
        {
            (_message, _refused) = (refusal.Message, true);
        }
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var edit = new MinutesEdit(_text, _language, _minutes?.Version ?? 0);
            var (saved, refusal) = await UseAsync<SaveMinutes, Outcome<MinutesView>>(s => s.RunAsync(Viewer, Id, edit));
            _refused = saved is null;
            _message = saved is null ? Tx["Minutes.Refused", refusal!.Message] : Tx["Minutes.Saved", saved.Version];
            _minutes = saved ?? _minutes;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SignAsync()
    {
        _busy = true;
        try
        {
            var note = _note ?? "";
            var (signed, refusal) = await UseAsync<SignMinutes, Outcome<MinutesSignatureView>>(s => s.RunAsync(Viewer, Id, note));
            _refused = signed is null;
            _message = signed is null ? Tx["Minutes.SignRefused", refusal!.Message] : Tx["Minutes.Signed", signed.Party, signed.Version];
            if (signed is not null)
            {
                _note = null;
                (_minutes, _) = await UseAsync<ReadMinutes, Outcome<MinutesView>>(r => r.RunAsync(Viewer, Id));
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private static string UiLanguage() => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "uk" => "uk",
        "ru" => "ru",
        _ => "en",
    };

    private async Task<TResult> UseAsync<TService, TResult>(Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
