using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain.Talks;

namespace Parley.Data.Configurations;

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        builder.ConfigureRecord("parties");
        builder.Property(p => p.Code).HasMaxLength(2);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Aliases).HasJson();
        builder.Property(p => p.Roles).HasConversion<string>().HasMaxLength(64);
    }
}
