using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class OfficerReminderConfiguration : IEntityTypeConfiguration<OfficerReminder>
{
    public void Configure(EntityTypeBuilder<OfficerReminder> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.DossierId, r.Kind, r.DueAt }).IsUnique();
        builder.HasIndex(r => new { r.UnitId, r.CreatedAt });
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.Property(r => r.AssignedTo).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
