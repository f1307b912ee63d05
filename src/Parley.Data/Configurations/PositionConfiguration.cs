using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain.Talks;

namespace Parley.Data.Configurations;

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ConfigureRecord("positions");
        builder.Property(p => p.Party).HasMaxLength(2);
        builder.Property(p => p.Issue).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(p => new { p.Party, p.Issue, p.StatedOn });
    }
}
