using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Workflows.Hangfire.Persistence.Rows;

namespace Review4U.Workflows.Hangfire.Persistence.Configurations;

internal sealed class BookmarkRowConfiguration : IEntityTypeConfiguration<BookmarkRow>
{
    public void Configure(EntityTypeBuilder<BookmarkRow> builder)
    {
        builder.ToTable("bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Kind).HasMaxLength(16);
        builder.Property(b => b.Status).HasMaxLength(16);
        builder.Property(b => b.Payload).HasColumnType("jsonb");
        builder.HasIndex(b => new { b.EventName, b.EventKey }).HasFilter("status = 'open'");
        builder.HasIndex(b => b.DueAt).HasFilter("status = 'open'");
        builder.HasIndex(b => new { b.InstanceId, b.Status });
        builder.HasIndex(b => new { b.BranchId, b.Kind, b.Iteration }).IsUnique().HasFilter("status = 'open'");
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
