using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Meetings.Data.Rows;

namespace Review4U.Meetings.Data.Configurations;

internal sealed class ActionItemRowConfiguration : IEntityTypeConfiguration<ActionItemRow>
{
    public void Configure(EntityTypeBuilder<ActionItemRow> builder)
    {
        builder.ToTable("ActionItems");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.BodyId, a.MeetingId });
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Status).HasMaxLength(20);
    }
}
