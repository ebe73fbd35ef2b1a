using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => t.PlanId);
        builder.HasIndex(t => t.LeadUnitId);
        builder.Property(t => t.Section).HasMaxLength(500);
        builder.Property(t => t.Content).HasMaxLength(4000);
        builder.Property(t => t.Performers).HasMaxLength(1000);
        builder.Property(t => t.DueText).HasMaxLength(500);
        builder.Property(t => t.CoordinatingUnitCodes).HasMaxLength(2000);
        builder.Property(t => t.ExpectedOutput).HasMaxLength(2000);
        builder.Property(t => t.DueKind).HasMaxLength(10);
        builder.Property(t => t.DueValue).HasMaxLength(500);
        builder.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(t => t.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
