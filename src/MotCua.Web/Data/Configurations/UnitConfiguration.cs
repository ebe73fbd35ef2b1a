using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Code).HasMaxLength(40);
        builder.Property(u => u.Name).HasMaxLength(250);
        builder.Property(u => u.SearchName).HasMaxLength(250);
        builder.Property(u => u.AgencyCode).HasMaxLength(40);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.OneStopDeskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
    }
}
