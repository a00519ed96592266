using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data.Configurations;

internal sealed class AnswerRowConfiguration : IEntityTypeConfiguration<AnswerRow>
{
    public void Configure(EntityTypeBuilder<AnswerRow> builder)
    {
        builder.ToTable("Answers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.TaskId, a.QuestionId }).IsUnique();
        builder.HasIndex(a => new { a.BodyId, a.RoundId });
        builder.HasOne<RoundTaskRow>().WithMany().HasForeignKey(a => a.TaskId);
        // Optimistic concurrency: two tabs saving the same answer cannot both win silently.
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}
