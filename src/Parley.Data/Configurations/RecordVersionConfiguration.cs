using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Entities;

namespace Parley.Data.Configurations;

internal sealed class RecordVersionConfiguration : IEntityTypeConfiguration<RecordVersionRow>
{
    public void Configure(EntityTypeBuilder<RecordVersionRow> builder)
    {
        builder.ToTable("record_versions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.ActorRole).HasMaxLength(32);
        builder.Property(e => e.ActorParty).HasMaxLength(2);
        builder.Property(e => e.OwnerParty).HasMaxLength(2);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Visibility).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(e => new { e.RecordId, e.Version });
    }
}
