using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain.Talks;

namespace Parley.Data.Configurations;

internal sealed class SummitProposalConfiguration : IEntityTypeConfiguration<SummitProposal>
{
    public void Configure(EntityTypeBuilder<SummitProposal> builder)
    {
        builder.ConfigureRecord("summit_proposals");
        builder.Property(s => s.ProposerParty).HasMaxLength(2);
        builder.Property(s => s.Invitees).HasJson();
        builder.Property(s => s.InviteeParties).HasJson();
        builder.Property(s => s.Window).HasJson();
        builder.Property(s => s.Preconditions).HasJson();
        builder.Property(s => s.Responses).HasJson();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
    }
}
