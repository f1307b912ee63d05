using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Minutes;

namespace Parley.Data.Configurations;

internal sealed class MinutesSignatureConfiguration : IEntityTypeConfiguration<MinutesSignatureRow>
{
    public void Configure(EntityTypeBuilder<MinutesSignatureRow> builder)
    {
        builder.ToTable("minutes_signatures");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Party).HasMaxLength(2);
        builder.Property(e => e.Hash).HasMaxLength(64);
        // One party signs one version once; a second request at the same moment is refused by the index.
        builder.HasIndex(e => new { e.RoundId, e.Version, e.Party }).IsUnique();
    }
}
