using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Keys;

namespace Parley.Data.Configurations;

internal sealed class HostDesignationConfiguration : IEntityTypeConfiguration<HostDesignation>
{
    public void Configure(EntityTypeBuilder<HostDesignation> builder)
    {
        builder.ToTable("host_designations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Party).HasMaxLength(2);
        builder.Property(e => e.Host).HasMaxLength(8);
        builder.Property(e => e.KeyName).HasMaxLength(200);
        builder.Property(e => e.Note).HasMaxLength(4000);
        builder.Property(e => e.RevocationNote).HasMaxLength(4000);
        builder.Property(e => e.RevokedKeyName).HasMaxLength(200);
        builder.HasIndex(e => new { e.Party, e.Host });
    }
}
