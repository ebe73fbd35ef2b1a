using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Catalog;

namespace MotCua.Web.Data.Configurations;

public sealed class ProcedureRevisionConfiguration : IEntityTypeConfiguration<ProcedureRevision>
{
    public void Configure(EntityTypeBuilder<ProcedureRevision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.ProcedureId, r.Version }).IsUnique();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ByUserName).HasMaxLength(100);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.OwnsOne(r => r.Publication, o => o.Property(x => x.DecisionNumber).HasMaxLength(60));
        builder.HasOne<Procedure>().WithMany().HasForeignKey(r => r.ProcedureId).OnDelete(DeleteBehavior.Cascade);
    }
}
