using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Catalog;

namespace MotCua.Web.Data.Configurations;

public sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => p.Field);
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.Property(p => p.Name).HasMaxLength(500);
        builder.Property(p => p.Field).HasMaxLength(200);
        builder.Property(p => p.Result).HasMaxLength(1000);
        builder.Property(p => p.SearchText).HasMaxLength(600);
        builder.Property(p => p.ReplacedByCode).HasMaxLength(40);
        builder.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Online).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.ComplexProperty(p => p.TimeLimit, t => t.Property(l => l.Unit).HasConversion<string>().HasMaxLength(20));
        builder.OwnsOne(p => p.Publication, o => o.Property(x => x.DecisionNumber).HasMaxLength(60));
        builder.OwnsMany(p => p.Components, o => o.ToJson());
        builder.OwnsMany(p => p.Fees, o => o.ToJson());
        builder.OwnsMany(p => p.Steps, o => o.ToJson());
        builder.HasMany(p => p.Units).WithOne().HasForeignKey(u => u.ProcedureId).OnDelete(DeleteBehavior.Cascade);
    }
}
