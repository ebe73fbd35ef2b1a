using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class ProcedureUnitSpanConfiguration : IEntityTypeConfiguration<ProcedureUnitSpan>
{
    public void Configure(EntityTypeBuilder<ProcedureUnitSpan> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.ProcedureId, s.UnitId, s.ValidTo });
        builder.HasIndex(s => s.UnitId);
        builder.HasOne<Procedure>().WithMany().HasForeignKey(s => s.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
