namespace Parley.Lists;

/// <summary>Reads a whole person list at once (see <see cref="PersonListReader"/> to stream one).</summary>
public static class PersonList
{
    /// <summary>Reads every row of the file at <paramref name="path"/>; bad content is reported, never thrown.</summary>
    public static PersonListResult Read(string path, PersonListReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var reader = PersonListReader.Open(path, options);
        return Collect(reader, cancellationToken);
    }

    /// <summary>Reads every row of <paramref name="stream"/>, which is left open.</summary>
    public static PersonListResult Read(Stream stream, PersonListReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var reader = PersonListReader.Open(stream, options, leaveOpen: true);
        return Collect(reader, cancellationToken);
    }

    private static PersonListResult Collect(PersonListReader reader, CancellationToken cancellationToken)
    {
        var records = new List<PersonRecord>();
        records.AddRange(reader.ReadRecords(cancellationToken));
        return new PersonListResult(records, reader.Issues, reader.ErrorCount, reader.Format);
    }
}
