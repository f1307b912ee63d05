using Microsoft.EntityFrameworkCore;

namespace Parley.Data;

/// <summary>The SQLite flavour of <see cref="ParleyDbContext"/>; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteParleyDbContext(DbContextOptions<SqliteParleyDbContext> options) : ParleyDbContext(options);
