using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain.Talks;

namespace Parley.Data.Configurations;

internal sealed class RoundConfiguration : IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Round> builder)
    {
        builder.ConfigureRecord("rounds");
        builder.Property(r => r.HostParty).HasMaxLength(2);
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Delegations).HasJson();
        builder.Property(r => r.Agenda).HasJson();
        builder.Property(r => r.Outcomes).HasJson();
        builder.Property(r => r.FollowUps).HasJson();
        builder.HasIndex(r => r.StartsOn);
    }
}
