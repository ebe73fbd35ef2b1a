using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class OfficerTwoFactorConfiguration : IEntityTypeConfiguration<OfficerTwoFactor>
{
    public void Configure(EntityTypeBuilder<OfficerTwoFactor> builder)
    {
        builder.HasKey(t => t.OfficerId);
        builder.Property(t => t.ProtectedSecret).HasMaxLength(500);
        builder.HasOne<Officer>().WithOne().HasForeignKey<OfficerTwoFactor>(t => t.OfficerId).OnDelete(DeleteBehavior.Cascade);
    }
}
