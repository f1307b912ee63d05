using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Texts;

namespace Parley.Data.Configurations;

internal sealed class TextInitialsConfiguration : IEntityTypeConfiguration<TextInitialsRow>
{
    public void Configure(EntityTypeBuilder<TextInitialsRow> builder)
    {
        builder.ToTable("text_initials");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Party).HasMaxLength(2);
        builder.Property(e => e.Hash).HasMaxLength(64);
        // One party initials one version once; a second request at the same moment is refused by the index.
        builder.HasIndex(e => new { e.TextId, e.Version, e.Party }).IsUnique();
        builder.HasOne<NegotiatingTextRow>().WithMany().HasForeignKey(e => e.TextId).OnDelete(DeleteBehavior.Cascade);
    }
}
