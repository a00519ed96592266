using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data.Configurations;

internal sealed class AttachmentRowConfiguration : IEntityTypeConfiguration<AttachmentRow>
{
    public void Configure(EntityTypeBuilder<AttachmentRow> builder)
    {
        builder.ToTable("Attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.BodyId, a.TaskId, a.QuestionId });
        builder.HasOne<RoundTaskRow>().WithMany().HasForeignKey(a => a.TaskId);
    }
}
