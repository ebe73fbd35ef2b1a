using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.UnitId, p.Year, p.Number }).IsUnique();
        builder.Property(p => p.Number).HasMaxLength(50);
        builder.Property(p => p.Title).HasMaxLength(1000);
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.Property(p => p.SignerPosition).HasMaxLength(200);
        builder.Property(p => p.SignerName).HasMaxLength(100);
        builder.HasStoredFile(p => p.SignedCopy);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
