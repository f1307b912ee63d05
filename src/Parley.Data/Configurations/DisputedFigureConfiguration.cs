using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain.Talks;

namespace Parley.Data.Configurations;

internal sealed class DisputedFigureConfiguration : IEntityTypeConfiguration<DisputedFigure>
{
    public void Configure(EntityTypeBuilder<DisputedFigure> builder)
    {
        builder.ConfigureRecord("disputed_figures");
        builder.Property(f => f.Claims).HasJson();
    }
}
