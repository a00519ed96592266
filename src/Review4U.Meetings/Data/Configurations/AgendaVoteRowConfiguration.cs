using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Meetings.Data.Rows;

namespace Review4U.Meetings.Data.Configurations;

internal sealed class AgendaVoteRowConfiguration : IEntityTypeConfiguration<AgendaVoteRow>
{
    public void Configure(EntityTypeBuilder<AgendaVoteRow> builder)
    {
        builder.ToTable("AgendaVotes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.AgendaItemId, v.ParticipantId }).IsUnique();
        builder.HasIndex(v => new { v.BodyId, v.MeetingId });
    }
}
