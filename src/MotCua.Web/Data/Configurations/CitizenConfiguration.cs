using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Citizens;

namespace MotCua.Web.Data.Configurations;

public sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> builder)
    {
        builder.HasKey(c => c.Id);

        // One account per person and per contact: both providers let several rows leave e-mail, phone or the verified
        // number null. A declared number is not unique: anyone may type another's, and must not lock him out.
        builder.HasIndex(c => c.VerifiedIdNumber).IsUnique();
        builder.HasIndex(c => c.Email).IsUnique();
        builder.HasIndex(c => c.Phone).IsUnique();
        builder.Property(c => c.FullName).HasMaxLength(200);
        builder.Property(c => c.IdNumber).HasMaxLength(12);
        builder.Property(c => c.VerifiedIdNumber).HasMaxLength(12);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(15);
        builder.Property(c => c.Address).HasMaxLength(500);
    }
}
