using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class PortalSyncConfiguration : IEntityTypeConfiguration<PortalSync>
{
    public void Configure(EntityTypeBuilder<PortalSync> builder)
    {
        builder.HasKey(s => new { s.DossierId, s.Version });
        builder.HasOne<Dossier>().WithMany().HasForeignKey(s => s.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.LastError).HasMaxLength(PortalSyncLimits.Text);
        builder.Property(s => s.AckId).HasMaxLength(100);
        builder.Property(s => s.RejectedReason).HasMaxLength(PortalSyncLimits.Text);
    }
}

/// <summary>How much of the portal's words is kept: enough to read the cause, not a whole answer body.</summary>
public static class PortalSyncLimits
{
    public const int Text = 500;
}
