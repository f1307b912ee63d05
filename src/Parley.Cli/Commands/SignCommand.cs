using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley sign --key KEYFILE --kind exchange-manifest FILE</c>: a signed note naming what is signed (its kind,
/// file name, size and SHA-256), never a signature over a bare hash. Prints the note on stdout. A file that is
/// itself a Parley statement (<c>parley/signed/v1</c>, as the server serves an exchange manifest or confirmation to
/// sign) is signed as it stands, and only under the kind it names.
/// </summary>
internal static class SignCommand
{
    public static Command Create()
    {
        var key = new Option<string>("--key") { Description = "The signer's private key file", Required = true };
        var kind = new Option<string>("--kind") { Description = "What is signed: exchange-manifest, exchange-confirmation, document, …", Required = true };
        var file = new Argument<FileInfo>("file") { Description = "The document or manifest to sign" };
        var command = new Command("sign", "Sign a named document as a signed note (parley/signed/v1)") { key, kind, file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                using var signer = KeyFile.Read(parse.GetValue(key)!);
                var document = parse.GetValue(file)!;
                var bytes = await File.ReadAllBytesAsync(document.FullName, cancellationToken);
                var statement = Statement(parse.GetValue(kind)!, document.Name, bytes);
                Console.Out.Write(statement.Sign(signer).ToString());
                return 0;
            }
            catch (Exception e) when (e is LedgerFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"parley sign: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static SignedStatement Statement(string kind, string name, byte[] bytes)
    {
        var header = Encoding.ASCII.GetBytes(SignedStatement.Header + "\n");
        if (bytes.AsSpan().StartsWith(header))
        {
            var given = SignedStatement.Parse(Encoding.UTF8.GetString(bytes));
            return given.Kind == kind
                ? given
                : throw new LedgerFormatException($"{name} is a '{given.Kind}' statement, not the '{kind}' given in --kind");
        }
        return new SignedStatement(kind,
        [
            new("name", name),
            new("size", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("sha256", Convert.ToBase64String(SHA256.HashData(bytes))),
        ]);
    }
}
