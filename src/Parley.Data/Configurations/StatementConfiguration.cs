using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain.Talks;

namespace Parley.Data.Configurations;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.ConfigureRecord("statements");
        builder.Property(s => s.SpeakerParty).HasMaxLength(2);
        builder.Property(s => s.EventCode).HasJson();
        builder.HasIndex(s => s.SaidOn);
    }
}
