using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Integrity;

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
        builder.Property<int?>(ChainedLog.SequenceShadow);
        builder.HasIndex(ChainedLog.SequenceShadow).IsUnique();
        builder.Property<string?>(ChainedLog.HashProperty).HasMaxLength(64);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
