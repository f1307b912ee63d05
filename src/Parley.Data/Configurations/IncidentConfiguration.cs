using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain.Talks;

namespace Parley.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ConfigureRecord("incidents");
        builder.Property(i => i.AffectedParty).HasMaxLength(2);
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.CasualtyClaims).HasJson();
        builder.HasIndex(i => i.OccurredOn);
    }
}
