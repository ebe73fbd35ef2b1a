using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class ResourceVersionConfiguration : IEntityTypeConfiguration<ResourceVersion>
{
    public void Configure(EntityTypeBuilder<ResourceVersion> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.Resource, t.Version }).IsUnique();
        builder.HasIndex(t => new { t.Resource, t.EffectiveFrom });
        builder.Property(t => t.Resource).HasMaxLength(50);
        builder.Property(t => t.Version).HasMaxLength(50);
        builder.Property(t => t.SavedBy).HasMaxLength(100);
    }
}
