using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Meetings.Data.Rows;

namespace Review4U.Meetings.Data.Configurations;

internal sealed class ParticipantRowConfiguration : IEntityTypeConfiguration<ParticipantRow>
{
    public void Configure(EntityTypeBuilder<ParticipantRow> builder)
    {
        builder.ToTable("Participants");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.MeetingId, p.Email }).IsUnique();
        builder.Property(p => p.Role).HasMaxLength(20);
        builder.Property(p => p.Attendance).HasMaxLength(20);
        builder.Property(p => p.Language).HasMaxLength(8);
    }
}
