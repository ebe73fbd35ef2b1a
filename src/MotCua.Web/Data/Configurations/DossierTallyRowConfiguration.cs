using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class DossierTallyRowConfiguration : IEntityTypeConfiguration<DossierTallyRow>
{
    public void Configure(EntityTypeBuilder<DossierTallyRow> builder)
    {
        builder.ToTable("DossierTallies");
        builder.HasKey(t => t.DossierId);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(t => t.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
