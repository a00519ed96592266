using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Domain.Bodies;

namespace Review4U.Data.Configurations;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> builder)
    {
        builder.ToTable("bodies");
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => b.Code).IsUnique();
        builder.Property(b => b.Code).HasMaxLength(64);
        builder.Property(b => b.Name).HasMaxLength(300);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.Establishment).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.Country).HasMaxLength(2);
        builder.Property(b => b.Region).HasMaxLength(100);
        builder.Property(b => b.TimeZoneId).HasMaxLength(64);
        builder.Property(b => b.DefaultLanguage).HasMaxLength(8);
        builder.Property(b => b.Version).IsRowVersion();
        builder.HasMany(b => b.Memberships).WithOne().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Roles).WithOne().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.WorkingGroups).WithOne().HasForeignKey(g => g.BodyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.SecretariatTerms).WithOne().HasForeignKey(t => t.BodyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.FocalPoints).WithOne().HasForeignKey(f => f.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}
