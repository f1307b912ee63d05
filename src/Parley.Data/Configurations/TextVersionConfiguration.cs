using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Texts;

namespace Parley.Data.Configurations;

internal sealed class TextVersionConfiguration : IEntityTypeConfiguration<TextVersionRow>
{
    public void Configure(EntityTypeBuilder<TextVersionRow> builder)
    {
        builder.ToTable("text_versions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => new { e.TextId, e.Number }).IsUnique();
        builder.HasOne<NegotiatingTextRow>().WithMany().HasForeignKey(e => e.TextId).OnDelete(DeleteBehavior.Cascade);
    }
}
