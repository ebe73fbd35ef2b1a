using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class ProcedureUnitConfiguration : IEntityTypeConfiguration<ProcedureUnit>
{
    public void Configure(EntityTypeBuilder<ProcedureUnit> builder)
    {
        builder.HasKey(u => new { u.ProcedureId, u.UnitId });
        builder.HasIndex(u => u.UnitId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
