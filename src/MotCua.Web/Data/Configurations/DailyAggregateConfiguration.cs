using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class DailyAggregateConfiguration : IEntityTypeConfiguration<DailyAggregate>
{
    /// <summary>The key is what the upsert adds to (DailyAggregates.AddAsync), and the day index what a period reads.</summary>
    public void Configure(EntityTypeBuilder<DailyAggregate> builder)
    {
        builder.ToTable("DailyAggregates");
        builder.HasKey(a => new { a.UnitId, a.ProcedureId, a.Day, a.Measure, a.Officer });
        builder.HasIndex(a => new { a.Day, a.UnitId });
        builder.Property(a => a.Measure).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Officer).HasMaxLength(100);
    }
}
