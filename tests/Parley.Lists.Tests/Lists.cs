using System.Text;

namespace Parley.Lists.Tests;

/// <summary>Builds list files in memory for the tests.</summary>
internal static class Lists
{
    public const string Header = "id,family_name,given_name,patronymic,date_of_birth,sex,category";

    public static PersonListResult ReadText(string text, Encoding? encoding = null, PersonListReadOptions? options = null) =>
        ReadBytes((encoding ?? new UTF8Encoding(false)).GetBytes(text), options);

    public static PersonListResult ReadBytes(byte[] bytes, PersonListReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return PersonList.Read(stream, options);
    }

    /// <summary>Reads through a stream that cannot seek, as an HTTP upload is.</summary>
    public static PersonListResult ReadForwardOnly(byte[] bytes) =>
        PersonList.Read(new ForwardOnlyStream(new MemoryStream(bytes)));

    public static byte[] ReadTextBytes(string text) => new UTF8Encoding(false).GetBytes(text);

    public static string Csv(params string[] rows) => string.Join("\n", [Header, .. rows]) + "\n";

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1000));

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
