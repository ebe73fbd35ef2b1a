using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Data.Configurations;

public sealed class DossierAttachmentConfiguration : IEntityTypeConfiguration<DossierAttachment>
{
    public void Configure(EntityTypeBuilder<DossierAttachment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.DossierId);
        builder.Ignore(a => a.IsResult);
        builder.Property(a => a.ComponentName).HasMaxLength(1000);
        builder.HasStoredFile(a => a.File);
        builder.Property(a => a.UploadedBy).HasMaxLength(100);
        builder.Property(a => a.Origin).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(a => a.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
