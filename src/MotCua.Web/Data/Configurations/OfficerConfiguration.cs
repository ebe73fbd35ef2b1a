using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => o.UserName).IsUnique();
        builder.Property(o => o.UserName).HasMaxLength(100);
        builder.Property(o => o.FullName).HasMaxLength(200);
        builder.Property(o => o.Email).HasMaxLength(200);
        builder.Property(o => o.Phone).HasMaxLength(20);
        builder.Property(o => o.SecurityStamp).HasMaxLength(32);
        builder.HasMany(o => o.Roles).WithOne().HasForeignKey(r => r.OfficerId).OnDelete(DeleteBehavior.Cascade);
    }
}
