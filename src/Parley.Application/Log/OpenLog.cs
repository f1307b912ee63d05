using System.Data.Common;
using Parley.Ledger.Storage;

namespace Parley.Application.Log;

/// <summary>The log opened on a connection of its own, for reads and serving; disposing it closes the connection.</summary>
public sealed class OpenLog(DbConnection connection) : IAsyncDisposable
{
    /// <summary>The log's tables on this connection.</summary>
    public DbLogStore Store { get; } = new(connection);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
