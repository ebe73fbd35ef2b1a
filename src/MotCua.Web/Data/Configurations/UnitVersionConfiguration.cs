using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class UnitVersionConfiguration : IEntityTypeConfiguration<UnitVersion>
{
    public void Configure(EntityTypeBuilder<UnitVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.UnitId, v.ValidFrom }).IsUnique();
        builder.Property(v => v.Name).HasMaxLength(250);
        builder.Property(v => v.AgencyCode).HasMaxLength(40);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Unit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
