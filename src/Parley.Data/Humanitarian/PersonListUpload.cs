using Parley.Domain.Humanitarian;

namespace Parley.Data.Humanitarian;

/// <summary>One list a party filed: which file, when, by whom, and what it held.</summary>
public sealed class PersonListUpload
{
    public Guid Id { get; set; }

    /// <summary>The party that filed the list (ISO 3166 alpha-2).</summary>
    public string Party { get; set; } = "";

    /// <summary>The party holding the persons on the list: the filing party for "we hold", the other for "we seek".</summary>
    public string HeldBy { get; set; } = "";

    public string FileName { get; set; } = "";

    /// <summary>SHA-256 of the file's bytes, lower-case hex: the same file filed twice is refused.</summary>
    public string FileSha256 { get; set; } = "";

    public string UploadedBy { get; set; } = "";

    public DateTime UploadedAtUtc { get; set; }

    public int Military { get; set; }

    public int Civilian { get; set; }

    public int Children { get; set; }

    /// <summary>SHA-256 over the sorted commitments of the list's persons, as entered in the log.</summary>
    public string CommitmentsSha256 { get; set; } = "";

    public int Count(PersonCategory category) => category switch
    {
        PersonCategory.Military => Military,
        PersonCategory.Civilian => Civilian,
        _ => Children,
    };
}
