using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Texts;

namespace Parley.Data.Configurations;

internal sealed class TextProposalConfiguration : IEntityTypeConfiguration<TextProposalRow>
{
    public void Configure(EntityTypeBuilder<TextProposalRow> builder)
    {
        builder.ToTable("text_proposals");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Party).HasMaxLength(2);
        builder.Property(e => e.Clause).HasMaxLength(16);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.TextId, e.Status });
        builder.HasOne<NegotiatingTextRow>().WithMany().HasForeignKey(e => e.TextId).OnDelete(DeleteBehavior.Cascade);
    }
}
