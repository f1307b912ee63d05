using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Humanitarian;

namespace Parley.Data.Configurations;

internal sealed class PersonLinkConfiguration : IEntityTypeConfiguration<PersonLink>
{
    public void Configure(EntityTypeBuilder<PersonLink> builder)
    {
        builder.ToTable("person_links");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Explanation).HasMaxLength(400);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.DecidedBy).HasMaxLength(256);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.LeftPersonId, e.RightPersonId }).IsUnique();
        builder.HasIndex(e => e.RightPersonId);
        builder.Property(e => e.History).HasJson();
        builder.HasIndex(e => e.Status);
        builder.HasIndex(e => e.RunId);
    }
}
