using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;

namespace MotCua.Web.Data.Configurations;

public sealed class ReportNarrativeConfiguration : IEntityTypeConfiguration<ReportNarrative>
{
    public void Configure(EntityTypeBuilder<ReportNarrative> builder)
    {
        builder.HasKey(n => n.Id);
        // One narrative per unit and period: two officers saving the first draft at once cannot make two.
        builder.HasIndex(n => new { n.UnitId, n.PeriodCode }).IsUnique();
        // An edit and an issue at the same moment: whichever saves second finds the row changed and is refused, so that
        // the words issued are those printed and an issued report is never edited.
        builder.Property(n => n.UpdatedAt).IsConcurrencyToken();
        builder.Property(n => n.IssuedAt).IsConcurrencyToken();
        builder.Property(n => n.PeriodCode).HasMaxLength(30);
        builder.Property(n => n.Number).HasMaxLength(50);
        builder.Property(n => n.Results).HasMaxLength(ReportNarrative.MaxSection);
        builder.Property(n => n.Difficulties).HasMaxLength(ReportNarrative.MaxSection);
        builder.Property(n => n.Proposals).HasMaxLength(ReportNarrative.MaxSection);
        builder.Property(n => n.UpdatedBy).HasMaxLength(100);
        builder.Property(n => n.IssuedBy).HasMaxLength(100);
        builder.Property(n => n.PdfSha256).HasMaxLength(64);
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
