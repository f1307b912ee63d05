using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Humanitarian;

namespace Parley.Data.Configurations;

internal sealed class BatchSignatureConfiguration : IEntityTypeConfiguration<BatchSignature>
{
    public void Configure(EntityTypeBuilder<BatchSignature> builder)
    {
        builder.ToTable("exchange_signatures");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Party).HasMaxLength(2);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.KeyName).HasMaxLength(200);
        builder.Property(e => e.Released).HasJson();
        builder.Property(e => e.Received).HasJson();
        builder.HasIndex(e => new { e.BatchId, e.Party, e.Kind }).IsUnique();
    }
}
