using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class UnitWorkingHoursConfiguration : IEntityTypeConfiguration<UnitWorkingHours>
{
    public void Configure(EntityTypeBuilder<UnitWorkingHours> builder)
    {
        builder.HasKey(h => h.UnitId);
        builder.Property(h => h.Periods).HasMaxLength(200);
        builder.HasOne<Unit>().WithMany().HasForeignKey(h => h.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
