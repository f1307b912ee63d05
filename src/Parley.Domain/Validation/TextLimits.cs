namespace Parley.Domain.Validation;

/// <summary>Upper bounds on stored text, so one oversized field cannot swell the record or the log entry.</summary>
public static class TextLimits
{
    public const int Code = 16;
    public const int Name = 200;
    public const int Title = 300;
    public const int Source = 1000;

    /// <summary>A quotation, an outcome, a summary: a few paragraphs.</summary>
    public const int Text = 4000;

    /// <summary>A note's body.</summary>
    public const int Body = 20000;

    public const int ListItems = 100;
}
