using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class ProcedureReviewConfiguration : IEntityTypeConfiguration<ProcedureReview>
{
    public void Configure(EntityTypeBuilder<ProcedureReview> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.UnitId, r.Year });
        builder.Property(r => r.Necessity).HasMaxLength(2000);
        builder.Property(r => r.Reasonableness).HasMaxLength(2000);
        builder.Property(r => r.Legality).HasMaxLength(2000);
        builder.Property(r => r.Costs).HasMaxLength(2000);
        builder.Property(r => r.CutComponents).HasMaxLength(4000);
        builder.Property(r => r.ProposedWorkingDays).HasPrecision(9, 2);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.Property(r => r.ApprovedBy).HasMaxLength(100);
        builder.HasOne<Procedure>().WithMany().HasForeignKey(r => r.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
