using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Texts;

namespace Parley.Data.Configurations;

internal sealed class NegotiatingTextConfiguration : IEntityTypeConfiguration<NegotiatingTextRow>
{
    public void Configure(EntityTypeBuilder<NegotiatingTextRow> builder)
    {
        builder.ToTable("texts");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.Language).HasMaxLength(2);
        builder.Property(e => e.Visibility).HasConversion<string>().HasMaxLength(16);
        // Two chairs storing a version at once: the second finds CurrentVersion moved and gets a conflict.
        builder.Property(e => e.CurrentVersion).IsConcurrencyToken();
    }
}
