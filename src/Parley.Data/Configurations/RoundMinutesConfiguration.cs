using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Minutes;

namespace Parley.Data.Configurations;

internal sealed class RoundMinutesConfiguration : IEntityTypeConfiguration<RoundMinutesRow>
{
    public void Configure(EntityTypeBuilder<RoundMinutesRow> builder)
    {
        builder.ToTable("round_minutes");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Language).HasMaxLength(2);
        builder.Property(e => e.Hash).HasMaxLength(64);
        // One set of minutes per round; two first saves at the same moment are refused by the index.
        builder.HasIndex(e => e.RoundId).IsUnique();
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
