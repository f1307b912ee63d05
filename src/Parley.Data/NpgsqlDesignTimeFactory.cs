using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Parley.Data;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without a server; no connection is made.</summary>
internal sealed class NpgsqlDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlParleyDbContext>
{
    public NpgsqlParleyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlParleyDbContext>().UseNpgsql("Host=localhost;Database=parley_design").Options);
}
