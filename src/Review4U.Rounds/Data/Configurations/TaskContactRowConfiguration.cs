using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data.Configurations;

internal sealed class TaskContactRowConfiguration : IEntityTypeConfiguration<TaskContactRow>
{
    public void Configure(EntityTypeBuilder<TaskContactRow> builder)
    {
        builder.ToTable("TaskContacts");
        builder.HasKey(c => new { c.TaskId, c.ContactId });
        builder.HasIndex(c => new { c.BodyId, c.ContactId });
        builder.HasOne<RoundTaskRow>().WithMany().HasForeignKey(c => c.TaskId);
    }
}
