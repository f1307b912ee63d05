using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain.Talks;

namespace Parley.Data.Configurations;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.ConfigureRecord("deadlines");
        builder.Property(d => d.IssuerParty).HasMaxLength(2);
        builder.Property(d => d.TargetParty).HasMaxLength(2);
        builder.Property(d => d.Revisions).HasJson();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(d => d.Current);
        builder.Ignore(d => d.DueOn);
    }
}
