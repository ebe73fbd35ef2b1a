using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Integrity;

namespace MotCua.Web.Data.Configurations;

public sealed class DossierEventConfiguration : IEntityTypeConfiguration<DossierEvent>
{
    public void Configure(EntityTypeBuilder<DossierEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.DossierId, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.UnitId, e.At });
        builder.Property(e => e.Type).HasMaxLength(40);
        builder.Property(e => e.ByUserName).HasMaxLength(100);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.Property<string?>(ChainedLog.HashProperty).HasMaxLength(64);

        // Every start looks for events written before chaining existed (SealUnchainedRecords): the application chains each
        // event as it writes it, so this index stays empty and the search costs nothing, where a scan reads every event.
        builder.HasIndex(e => e.DossierId, "IX_DossierEvents_Unchained").HasFilter($"\"{ChainedLog.HashProperty}\" IS NULL");
        builder.HasOne<Dossier>().WithMany().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
