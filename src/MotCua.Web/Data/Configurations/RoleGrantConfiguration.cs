using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.OfficerId, r.Role, r.UnitId }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
