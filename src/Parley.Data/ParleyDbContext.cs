using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Configurations;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Domain.Talks;

namespace Parley.Data;

/// <summary>
/// The one database context: the talks record, its timeline projection, the audit trail and Identity's tables.
/// Each provider has a subclass that owns its migrations (<see cref="SqliteParleyDbContext"/>,
/// <see cref="NpgsqlParleyDbContext"/>); the model is the same.
/// </summary>
public abstract class ParleyDbContext(DbContextOptions options) : IdentityDbContext<ParleyUser>(options)
{
    public DbSet<Party> Parties => Set<Party>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<Round> Rounds => Set<Round>();

    public DbSet<SummitProposal> SummitProposals => Set<SummitProposal>();

    public DbSet<Deadline> Deadlines => Set<Deadline>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<DisputedFigure> DisputedFigures => Set<DisputedFigure>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<AnalysisProfile> AnalysisProfiles => Set<AnalysisProfile>();

    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<RecordVersionRow> RecordVersions => Set<RecordVersionRow>();

    public DbSet<PersonListUpload> PersonLists => Set<PersonListUpload>();

    public DbSet<RegistryPerson> RegistryPersons => Set<RegistryPerson>();

    public DbSet<PersonLink> PersonLinks => Set<PersonLink>();

    public DbSet<LinkageRunRecord> LinkageRuns => Set<LinkageRunRecord>();

    public DbSet<ExchangeBatchRecord> ExchangeBatches => Set<ExchangeBatchRecord>();

    public DbSet<BatchMember> BatchMembers => Set<BatchMember>();

    public DbSet<BatchSignature> BatchSignatures => Set<BatchSignature>();

    public DbSet<ChildCase> ChildCases => Set<ChildCase>();

    public DbSet<PersonalDataRead> PersonalDataReads => Set<PersonalDataRead>();

    public DbSet<Keys.PartyKey> PartyKeys => Set<Keys.PartyKey>();

    public DbSet<Keys.HostDesignation> HostDesignations => Set<Keys.HostDesignation>();

    public DbSet<Texts.NegotiatingTextRow> Texts => Set<Texts.NegotiatingTextRow>();

    public DbSet<Texts.TextVersionRow> TextVersions => Set<Texts.TextVersionRow>();

    public DbSet<Texts.TextProposalRow> TextProposals => Set<Texts.TextProposalRow>();

    public DbSet<Texts.TextInitialsRow> TextInitials => Set<Texts.TextInitialsRow>();

    public DbSet<Minutes.RoundMinutesRow> RoundMinutes => Set<Minutes.RoundMinutesRow>();

    public DbSet<Minutes.MinutesSignatureRow> MinutesSignatures => Set<Minutes.MinutesSignatureRow>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParleyDbContext).Assembly, t => t.Namespace == typeof(PartyConfiguration).Namespace);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Times are stored in UTC on both providers; reads come back marked UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
