using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain.Talks;

namespace Parley.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ConfigureRecord("persons");
        builder.Property(p => p.Party).HasMaxLength(2);
        builder.Property(p => p.Roles).HasJson();
        builder.HasIndex(p => p.Name);
    }
}
