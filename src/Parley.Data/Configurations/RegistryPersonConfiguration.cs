using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Humanitarian;

namespace Parley.Data.Configurations;

internal sealed class RegistryPersonConfiguration : IEntityTypeConfiguration<RegistryPerson>
{
    public void Configure(EntityTypeBuilder<RegistryPerson> builder)
    {
        builder.ToTable("registry_persons");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ListedBy).HasMaxLength(2);
        builder.Property(e => e.HeldBy).HasMaxLength(2);
        builder.Property(e => e.SourceId).HasMaxLength(200);
        builder.Property(e => e.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Commitment).HasMaxLength(64);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.ListId);
        builder.HasIndex(e => new { e.ListedBy, e.Category });
        builder.HasIndex(e => e.Commitment).IsUnique();
    }
}
