using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Identity;

namespace Parley.Data.Configurations;

internal sealed class ParleyUserConfiguration : IEntityTypeConfiguration<ParleyUser>
{
    public void Configure(EntityTypeBuilder<ParleyUser> builder)
    {
        builder.Property(u => u.Party).HasMaxLength(2);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
    }
}
