using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class OfficerRecoveryCodeConfiguration : IEntityTypeConfiguration<OfficerRecoveryCode>
{
    public void Configure(EntityTypeBuilder<OfficerRecoveryCode> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.OfficerId, c.Hash });
        builder.Property(c => c.Hash).HasMaxLength(64);
        builder.HasOne<Officer>().WithMany().HasForeignKey(c => c.OfficerId).OnDelete(DeleteBehavior.Cascade);
    }
}
