using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Catalog;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class PublicationDisclosureConfiguration : IEntityTypeConfiguration<PublicationDisclosure>
{
    public void Configure(EntityTypeBuilder<PublicationDisclosure> builder)
    {
        builder.HasKey(d => d.RevisionId);
        builder.Property(d => d.RecordedBy).HasMaxLength(100);
        builder.HasOne<ProcedureRevision>().WithOne().HasForeignKey<PublicationDisclosure>(d => d.RevisionId).OnDelete(DeleteBehavior.Cascade);
    }
}
