using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Meetings.Data.Rows;

namespace Review4U.Meetings.Data.Configurations;

internal sealed class AgendaItemRowConfiguration : IEntityTypeConfiguration<AgendaItemRow>
{
    public void Configure(EntityTypeBuilder<AgendaItemRow> builder)
    {
        builder.ToTable("AgendaItems");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.BodyId, a.MeetingId });
        // Forwarding the same item twice to the same meeting adds it once.
        builder.HasIndex(a => new { a.MeetingId, a.OriginItemId }).IsUnique().HasFilter("origin_item_id IS NOT NULL");
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Source).HasMaxLength(20);
        builder.Property(a => a.Status).HasMaxLength(20);
    }
}
