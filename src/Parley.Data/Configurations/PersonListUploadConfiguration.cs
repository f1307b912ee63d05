using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Humanitarian;

namespace Parley.Data.Configurations;

internal sealed class PersonListUploadConfiguration : IEntityTypeConfiguration<PersonListUpload>
{
    public void Configure(EntityTypeBuilder<PersonListUpload> builder)
    {
        builder.ToTable("person_lists");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Party).HasMaxLength(2);
        builder.Property(e => e.HeldBy).HasMaxLength(2);
        builder.Property(e => e.FileName).HasMaxLength(260);
        builder.Property(e => e.FileSha256).HasMaxLength(64);
        builder.Property(e => e.CommitmentsSha256).HasMaxLength(64);
        builder.Property(e => e.UploadedBy).HasMaxLength(256);
        builder.HasIndex(e => new { e.Party, e.FileSha256 }).IsUnique();
    }
}
