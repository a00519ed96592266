using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Review4U.Email.Data;

internal sealed class AddressStatusRowConfiguration : IEntityTypeConfiguration<AddressStatusRow>
{
    public void Configure(EntityTypeBuilder<AddressStatusRow> builder)
    {
        builder.ToTable("address_status");
        builder.HasKey(x => new { x.BodyId, x.Address });
        builder.Property(x => x.BodyId).HasColumnName("body_id");
        builder.Property(x => x.Address).HasColumnName("address");
        builder.Property(x => x.Status).HasColumnName("status");
        builder.Property(x => x.Reason).HasColumnName("reason");
        builder.Property(x => x.OutboxId).HasColumnName("outbox_id");
        builder.Property(x => x.UpdatedAt).HasColumnName("updated_at");
    }
}
