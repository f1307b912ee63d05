using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Humanitarian;

namespace Parley.Data.Configurations;

internal sealed class ExchangeBatchConfiguration : IEntityTypeConfiguration<ExchangeBatchRecord>
{
    public void Configure(EntityTypeBuilder<ExchangeBatchRecord> builder)
    {
        builder.ToTable("exchange_batches");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.FirstParty).HasMaxLength(2);
        builder.Property(e => e.SecondParty).HasMaxLength(2);
        builder.Property(e => e.ManifestHash).HasMaxLength(64);
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.Terms).HasJson();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.Signatures);
    }
}
