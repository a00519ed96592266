using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Domain.Members;

namespace Review4U.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.Id);

        // One person per address: re-imports match contacts on it, inbound mail maps to one contact.
        builder.HasIndex(c => c.Email).IsUnique();
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.PreferredLanguage).HasMaxLength(8);
        builder.Property(c => c.Gender).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Version).IsRowVersion();
    }
}
