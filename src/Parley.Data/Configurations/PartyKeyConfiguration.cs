using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Keys;

namespace Parley.Data.Configurations;

internal sealed class PartyKeyConfiguration : IEntityTypeConfiguration<PartyKey>
{
    public void Configure(EntityTypeBuilder<PartyKey> builder)
    {
        builder.ToTable("party_keys");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Party).HasMaxLength(2);
        builder.Property(e => e.VerifierKey).HasMaxLength(400);
        builder.Property(e => e.KeyName).HasMaxLength(200);
        builder.Property(e => e.RegisteredBy).HasMaxLength(256);
        builder.Property(e => e.RevokedBy).HasMaxLength(256);
        builder.HasIndex(e => e.VerifierKey).IsUnique();
        builder.HasIndex(e => e.Party);
    }
}
