using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class IndicatorTableVersionConfiguration : IEntityTypeConfiguration<IndicatorTableVersion>
{
    public void Configure(EntityTypeBuilder<IndicatorTableVersion> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => t.Version).IsUnique();
        builder.HasIndex(t => t.EffectiveFrom);
        builder.Property(t => t.Version).HasMaxLength(50);
        builder.Property(t => t.SavedBy).HasMaxLength(100);
    }
}
