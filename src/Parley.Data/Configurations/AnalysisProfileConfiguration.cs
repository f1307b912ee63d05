using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain.Talks;

namespace Parley.Data.Configurations;

internal sealed class AnalysisProfileConfiguration : IEntityTypeConfiguration<AnalysisProfile>
{
    public void Configure(EntityTypeBuilder<AnalysisProfile> builder)
    {
        builder.ConfigureRecord("analysis_profiles");
        builder.Property(p => p.Party).HasMaxLength(2);
        builder.Property(p => p.Issues).HasJson();
        builder.HasIndex(p => p.Party);
    }
}
