using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Entities;

namespace Parley.Data.Configurations;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("timeline");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Visibility).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.OwnerParty).HasMaxLength(2);
        builder.Property(e => e.Parties).HasMaxLength(400);
        builder.HasIndex(e => e.RecordId);
        // The timeline reads newest first, filtered by visibility; this index serves the first page directly.
        builder.HasIndex(e => new { e.On, e.Id });
        builder.HasIndex(e => new { e.Kind, e.On });
    }
}
