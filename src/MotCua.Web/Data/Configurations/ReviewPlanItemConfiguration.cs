using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class ReviewPlanItemConfiguration : IEntityTypeConfiguration<ReviewPlanItem>
{
    public void Configure(EntityTypeBuilder<ReviewPlanItem> builder)
    {
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.PlanId);
        builder.Property(i => i.Group).HasMaxLength(500);
        builder.Property(i => i.ProcedureName).HasMaxLength(1000);
        builder.Property(i => i.Field).HasMaxLength(200);
        builder.Property(i => i.CoordinatingUnitCodes).HasMaxLength(2000);
        builder.Property(i => i.Coordinators).HasMaxLength(1000);
        builder.Property(i => i.Content).HasMaxLength(2000);
        builder.HasOne<Plan>().WithMany().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(i => i.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Procedure>().WithMany().HasForeignKey(i => i.ProcedureId).OnDelete(DeleteBehavior.Restrict);
    }
}
