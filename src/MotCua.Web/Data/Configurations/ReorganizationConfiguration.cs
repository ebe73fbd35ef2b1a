using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class ReorganizationConfiguration : IEntityTypeConfiguration<Reorganization>
{
    public void Configure(EntityTypeBuilder<Reorganization> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.DecisionNumber).HasMaxLength(60);
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.Status, r.EffectiveOn });
        builder.Property(r => r.FailureVi).HasMaxLength(AdoptReorganization.MaxFailure);
        builder.Property(r => r.FailureEn).HasMaxLength(AdoptReorganization.MaxFailure);
        builder.OwnsMany(r => r.Steps, s =>
        {
            s.ToJson();
            s.Property(x => x.Kind).HasConversion<string>();
            s.Property(x => x.UnitKind).HasConversion<string>();
            s.Property(x => x.Role).HasConversion<string>();
            s.Property(x => x.Roles).HasConversion<string>();
        });
        builder.PrimitiveCollection(r => r.NotMoved);
    }
}
