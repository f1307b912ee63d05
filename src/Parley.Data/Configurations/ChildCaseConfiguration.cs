using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Humanitarian;

namespace Parley.Data.Configurations;

internal sealed class ChildCaseConfiguration : IEntityTypeConfiguration<ChildCase>
{
    public void Configure(EntityTypeBuilder<ChildCase> builder)
    {
        builder.ToTable("child_cases");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Party).HasMaxLength(2);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Commitment).HasMaxLength(64);
        builder.Property(e => e.History).HasJson();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.Party, e.Status });
    }
}
