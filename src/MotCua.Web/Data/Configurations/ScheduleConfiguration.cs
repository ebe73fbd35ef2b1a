using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class ScheduleYearConfiguration : IEntityTypeConfiguration<ScheduleYear>
{
    public void Configure(EntityTypeBuilder<ScheduleYear> builder)
    {
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.Source).HasMaxLength(500);
        builder.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ScheduleDayConfiguration : IEntityTypeConfiguration<ScheduleDay>
{
    public void Configure(EntityTypeBuilder<ScheduleDay> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.Date).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.LegalSource).HasMaxLength(300);
    }
}

public sealed class UnitWorkingHoursConfiguration : IEntityTypeConfiguration<UnitWorkingHours>
{
    public void Configure(EntityTypeBuilder<UnitWorkingHours> builder)
    {
        builder.HasKey(h => h.UnitId);
        builder.Property(h => h.Periods).HasMaxLength(200);
        builder.HasOne<MotCua.Domain.Organization.Unit>().WithMany().HasForeignKey(h => h.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
