using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Data.Configurations;

/// <summary>The columns every talks record shares: key, visibility, owner, concurrency version, source, times.</summary>
internal static class RecordColumns
{
    public static void ConfigureRecord<T>(this EntityTypeBuilder<T> builder, string table)
        where T : TalkRecord
    {
        builder.ToTable(table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Visibility).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.OwnerParty).HasMaxLength(2);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Source).HasMaxLength(TextLimits.Source);
        builder.Ignore(r => r.Kind);
        builder.HasIndex(r => new { r.Visibility, r.OwnerParty });
    }
}
