using Parley.Application.Log;
using System.CommandLine;
using System.Data.Common;
using Parley.Cli.Infrastructure;
using Parley.Data.Configuration;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Ledger.Serving;

namespace Parley.Cli.Commands;

internal static partial class LogCommand
{
    /// <summary>
    /// <c>parley log rotate-key [--data DIR] [--db CONN] [--backup FILE]</c>: replaces the host key through
    /// <see cref="HostKeyRotation"/> (a <c>key-rotation</c> statement signed by the old and the new key is appended to
    /// the log; the old key file is kept as <c>log-host.key.retired-&lt;hash&gt;</c>), prints the new verifier key and,
    /// with <c>--backup</c>, writes a copy of the new private key (mode 0600, never overwriting).
    /// </summary>
    private static Command CreateRotate()
    {
        var backup = new Option<string?>("--backup") { Description = "Also write a copy of the new private key to this file (mode 0600; never overwritten)" };
        var rotate = new Command("rotate-key", "Replace the host key: the new key is announced in the log, signed by the old; restart the server afterwards") { backup };
        CliDatabase.AddOptions(rotate);
        rotate.SetAction(async (parse, cancellationToken) =>
        {
            var options = CliDatabase.Resolve(parse);
            var backupPath = parse.GetValue(backup);
            if (backupPath is not null && File.Exists(backupPath))
            {
                Console.Error.WriteLine($"parley log rotate-key: --backup {backupPath} exists; a key file is never overwritten");
                return 2;
            }
            try
            {
                var old = KeyFile.Read(HostKeyFile.PathIn(options.DataDirectory));
                var oldVerifier = old.Verifier.ToString();
                old.Dispose();
                RequireDatabase(options);
                await using var log = await new LogReader(new LedgerDatabase(options)).OpenAsync(cancellationToken);
                var store = log.Store;
                var next = await HostKeyRotation.RotateAsync(options.DataDirectory, store, DateTimeOffset.UtcNow, cancellationToken);
                if (backupPath is not null)
                {
                    using var signer = KeyFile.Read(HostKeyFile.PathIn(options.DataDirectory));
                    KeyFile.Write(backupPath, signer);
                }
                Console.Out.WriteLine(next.ToString());
                Console.Error.WriteLine($"rotated {oldVerifier} → the key above; announced as entry {await store.GetSizeAsync(cancellationToken) - 1} ({HostKeyRotation.Kind})");
                Console.Error.WriteLine("restart the server so it signs checkpoints with the new key; verifiers use the new key from now on");
                return 0;
            }
            catch (Exception e) when (e is LedgerFormatException or IOException or UnauthorizedAccessException or DbException)
            {
                Console.Error.WriteLine($"parley log rotate-key: {e.Message}");
                return 1;
            }
        });
        return rotate;
    }

    private static void RequireDatabase(ParleyDataOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite && !File.Exists(Path.Combine(options.DataDirectory, ParleyDataOptions.DatabaseFileName)))
        {
            throw new IOException($"no database in {options.DataDirectory}: start the server once first");
        }
    }
}
