using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

/// <summary>Keyed dossier first: what is asked is "the exports my dossier was in".</summary>
public sealed class ExportedDossierConfiguration : IEntityTypeConfiguration<ExportedDossier>
{
    public void Configure(EntityTypeBuilder<ExportedDossier> builder)
    {
        builder.HasKey(e => new { e.DossierId, e.AccessId });
        builder.HasOne<PersonalDataAccess>().WithMany().HasForeignKey(e => e.AccessId).OnDelete(DeleteBehavior.Restrict);
    }
}
