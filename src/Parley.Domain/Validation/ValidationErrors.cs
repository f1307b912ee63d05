namespace Parley.Domain.Validation;

/// <summary>Field-named reasons a change was refused; the shape of RFC 9457 validation problem details.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string reason)
    {
        if (!_errors.TryGetValue(field, out var reasons))
        {
            reasons = [];
            _errors[field] = reasons;
        }
        reasons.Add(reason);
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>A required text of bounded length.</summary>
    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
        }
        else
        {
            MaxLength(field, value, maxLength);
        }
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"is {value.Length} characters long; at most {maxLength} are allowed.");
        }
    }

    public void MaxLength(string field, IReadOnlyList<string>? values, int maxLength, int maxCount)
    {
        if (values is null)
        {
            return;
        }
        if (values.Count > maxCount)
        {
            Add(field, $"has {values.Count} items; at most {maxCount} are allowed.");
        }
        for (var i = 0; i < values.Count; i++)
        {
            Required($"{field}[{i}]", values[i], maxLength);
        }
    }

    public void Ordered(string startField, DateOnly start, string endField, DateOnly? end)
    {
        if (end is { } e && e < start)
        {
            Add(endField, $"{e:yyyy-MM-dd} is before {startField} {start:yyyy-MM-dd}.");
        }
    }

    public override string ToString() =>
        string.Join("; ", _errors.Select(pair => $"{pair.Key}: {string.Join(" ", pair.Value)}"));
}
