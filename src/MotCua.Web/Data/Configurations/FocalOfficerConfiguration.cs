using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class FocalOfficerConfiguration : IEntityTypeConfiguration<FocalOfficer>
{
    public void Configure(EntityTypeBuilder<FocalOfficer> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => new { o.UnitId, o.Kind });
        builder.Property(o => o.Kind).HasMaxLength(20);
        builder.Property(o => o.FullName).HasMaxLength(100);
        builder.Property(o => o.Position).HasMaxLength(200);
        builder.Property(o => o.Field).HasMaxLength(200);
        builder.Property(o => o.Phone).HasMaxLength(20);
        builder.Property(o => o.Email).HasMaxLength(200);
        builder.Property(o => o.AssignedBy).HasMaxLength(200);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
