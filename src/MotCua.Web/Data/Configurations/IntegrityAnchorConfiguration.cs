using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class IntegrityAnchorConfiguration : IEntityTypeConfiguration<IntegrityAnchor>
{
    public void Configure(EntityTypeBuilder<IntegrityAnchor> builder)
    {
        builder.HasKey(a => a.Day);
        builder.Property(a => a.Hash).HasMaxLength(64);
    }
}
