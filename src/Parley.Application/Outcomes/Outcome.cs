namespace Parley.Application.Outcomes;

/// <summary>
/// What became of a use case: a value, or a <see cref="Refusal"/> saying why not. Every use case answers with
/// this one type, so that pages, the CLI and the one HTTP mapping (<c>Parley.Server.Api.OutcomeHttp</c>) read
/// every refusal the same way.
/// </summary>
public sealed class Outcome<T>
{
    private readonly T? _value;

    internal Outcome(T? value, Refusal? refusal)
    {
        _value = value;
        Refusal = refusal;
    }

    /// <summary>Why the use case refused; null when it succeeded.</summary>
    public Refusal? Refusal { get; }

    public bool Succeeded => Refusal is null;

    public OutcomeStatus Status => Refusal?.Status ?? OutcomeStatus.Ok;

    /// <summary>The result; reading it from a refusal is a programming error.</summary>
    public T Value => Refusal is null ? _value! : throw new InvalidOperationException("A refused outcome has no value: " + Refusal.Message);

    /// <summary><c>var (value, refusal) = outcome;</c>: value is null (default) when refused.</summary>
    public void Deconstruct(out T? value, out Refusal? refusal)
    {
        value = _value;
        refusal = Refusal;
    }

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal ?? throw new ArgumentNullException(nameof(refusal)));
}
