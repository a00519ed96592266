using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Workflows.Hangfire.Persistence.Rows;

namespace Review4U.Workflows.Hangfire.Persistence.Configurations;

internal sealed class PendingEventRowConfiguration : IEntityTypeConfiguration<PendingEventRow>
{
    public void Configure(EntityTypeBuilder<PendingEventRow> builder)
    {
        builder.ToTable("pending_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        builder.HasIndex(e => new { e.EventName, e.EventKey, e.Id }).HasFilter("consumed_by_bookmark_id IS NULL");
    }
}
