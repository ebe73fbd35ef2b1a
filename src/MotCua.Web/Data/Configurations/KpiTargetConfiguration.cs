using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Indicators.Targets;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class KpiTargetConfiguration : IEntityTypeConfiguration<KpiTarget>
{
    /// <summary>One row per indicator and unit group in a unit's year: entering it twice is refused by the index too.</summary>
    public void Configure(EntityTypeBuilder<KpiTarget> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.UnitId, t.Year, t.Indicator, t.AppliesTo }).IsUnique();
        builder.Property(t => t.Indicator).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.AppliesTo).HasMaxLength(200).HasConversion(
            kinds => string.Join(',', kinds.Order()),
            text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(kind => Enum.Parse<UnitKind>(kind)).ToList(),
            new ValueComparer<List<UnitKind>>((a, b) => a!.SequenceEqual(b!), k => k.Aggregate(0, (h, x) => HashCode.Combine(h, x)), k => k.ToList()));
        builder.Property(t => t.Task).HasMaxLength(10);
        builder.Property(t => t.Lead).HasMaxLength(500);
        builder.Property(t => t.Coordinating).HasMaxLength(500);
        builder.Property(t => t.Note).HasMaxLength(1000);
        foreach (var value in new[] { nameof(KpiTarget.Annual), nameof(KpiTarget.Q1), nameof(KpiTarget.Q2), nameof(KpiTarget.Q3), nameof(KpiTarget.Q4) })
        {
            builder.Property<decimal>(value).HasPrecision(5, 2);
        }

        builder.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
