using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class SimulatedChargeConfiguration : IEntityTypeConfiguration<SimulatedCharge>
{
    public void Configure(EntityTypeBuilder<SimulatedCharge> builder)
    {
        builder.HasKey(c => c.Reference);
        builder.Property(c => c.Reference).HasMaxLength(40);
        builder.Property(c => c.TransactionId).HasMaxLength(40);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
    }
}
