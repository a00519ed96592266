using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data.Configurations;

internal sealed class AnswerVersionRowConfiguration : IEntityTypeConfiguration<AnswerVersionRow>
{
    public void Configure(EntityTypeBuilder<AnswerVersionRow> builder)
    {
        builder.ToTable("AnswerVersions");
        builder.HasKey(v => new { v.AnswerId, v.Version });
        builder.HasOne<AnswerRow>().WithMany().HasForeignKey(v => v.AnswerId);
    }
}
