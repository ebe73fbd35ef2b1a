using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class DossierCounterConfiguration : IEntityTypeConfiguration<DossierCounter>
{
    public void Configure(EntityTypeBuilder<DossierCounter> builder)
    {
        builder.ToTable("DossierCounters");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(60);
    }
}
