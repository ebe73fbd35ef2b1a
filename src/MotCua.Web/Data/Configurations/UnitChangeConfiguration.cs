using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class UnitChangeConfiguration : IEntityTypeConfiguration<UnitChange>
{
    public void Configure(EntityTypeBuilder<UnitChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.UnitId, c.At });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OldValue).HasMaxLength(300);
        builder.Property(c => c.NewValue).HasMaxLength(300);
        builder.Property(c => c.ByUserName).HasMaxLength(100);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
