using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;

namespace MotCua.Web.Data.Configurations;

public sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> builder)
    {
        builder.HasKey(s => s.Id);
        // Two leaders submitting at once: one version number each, or the second fails instead of overwriting.
        builder.HasIndex(s => new { s.FormCode, s.UnitId, s.PeriodCode, s.Version }).IsUnique();
        builder.Property(s => s.FormCode).HasMaxLength(20);
        builder.Property(s => s.PeriodCode).HasMaxLength(30);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.SubmittedBy).HasMaxLength(100);
        builder.Property(s => s.DecidedBy).HasMaxLength(100);
        builder.Property(s => s.ReturnReason).HasMaxLength(1000);
        builder.HasStoredFile(s => s.Pdf);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
