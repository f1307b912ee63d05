using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Humanitarian;

namespace Parley.Data.Configurations;

internal sealed class LinkageRunConfiguration : IEntityTypeConfiguration<LinkageRunRecord>
{
    public void Configure(EntityTypeBuilder<LinkageRunRecord> builder)
    {
        builder.ToTable("linkage_runs");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.LeftParty).HasMaxLength(2);
        builder.Property(e => e.RightParty).HasMaxLength(2);
        builder.Property(e => e.RanBy).HasMaxLength(256);
        builder.HasIndex(e => e.RanAtUtc);
    }
}
