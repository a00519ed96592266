using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Domain.Governance;

namespace Review4U.Data.Configurations;

internal sealed class SecretariatRenewalConfiguration : IEntityTypeConfiguration<SecretariatRenewal>
{
    public void Configure(EntityTypeBuilder<SecretariatRenewal> builder)
    {
        builder.ToTable("secretariat_renewals");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.BodyId);
    }
}
