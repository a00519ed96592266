using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Workflows.Hangfire.Persistence.Rows;

namespace Review4U.Workflows.Hangfire.Persistence.Configurations;

internal sealed class TriggerOccurrenceRowConfiguration : IEntityTypeConfiguration<TriggerOccurrenceRow>
{
    public void Configure(EntityTypeBuilder<TriggerOccurrenceRow> builder)
    {
        builder.ToTable("trigger_occurrences");
        builder.HasKey(t => new { t.TriggerKey, t.Occurrence });
    }
}
