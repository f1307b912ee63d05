using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Data.Humanitarian;

namespace Parley.Data.Configurations;

internal sealed class BatchMemberConfiguration : IEntityTypeConfiguration<BatchMember>
{
    public void Configure(EntityTypeBuilder<BatchMember> builder)
    {
        builder.ToTable("exchange_batch_members");
        builder.HasKey(e => new { e.BatchId, e.LinkId });
        builder.Property(e => e.ReleasedBy).HasMaxLength(2);
        builder.HasIndex(e => e.LinkId);
    }
}
