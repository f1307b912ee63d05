using Microsoft.EntityFrameworkCore;

namespace Parley.Data;

/// <summary>The PostgreSQL flavour of <see cref="ParleyDbContext"/>; its migrations live in Migrations/Npgsql.</summary>
public sealed class NpgsqlParleyDbContext(DbContextOptions<NpgsqlParleyDbContext> options) : ParleyDbContext(options);
