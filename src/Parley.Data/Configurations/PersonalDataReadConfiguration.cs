using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Humanitarian;

namespace Parley.Data.Configurations;

internal sealed class PersonalDataReadConfiguration : IEntityTypeConfiguration<PersonalDataRead>
{
    public void Configure(EntityTypeBuilder<PersonalDataRead> builder)
    {
        builder.ToTable("personal_data_reads");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Role).HasMaxLength(32);
        builder.Property(e => e.Party).HasMaxLength(2);
        builder.Property(e => e.RecordKind).HasMaxLength(32);
        builder.Property(e => e.Purpose).HasMaxLength(64);
        builder.Property(e => e.RemoteAddress).HasMaxLength(64);
        builder.HasIndex(e => e.RecordId);
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => e.LoggedInBatch);
    }
}
