using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Catalog;
using MotCua.Domain.Citizens;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasIndex(d => new { d.UnitId, d.Status });
        builder.HasIndex(d => new { d.CurrentUnitId, d.Status });
        // The inbox reads in (DueAt, Code) order, most urgent first: its open queues through the open dossiers only, the
        // finished ones and the status and due filters through every dossier; each officer's own queue by assignee.
        builder.HasIndex(d => new { d.DueAt, d.Code });
        builder.HasIndex(d => new { d.DueAt, d.Code }, "IX_Dossiers_Open_DueAt_Code").HasFilter(OpenDossiers.IndexFilter);
        builder.HasIndex(d => new { d.AssignedTo, d.Status });
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.AssignedTo).HasMaxLength(100);
        builder.Property(d => d.SearchText).HasMaxLength(400);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.RemainingWhenStopped).HasConversion(v => v.HasValue ? v.Value.Ticks : (long?)null, v => v.HasValue ? TimeSpan.FromTicks(v.Value) : null);
        builder.OwnsOne(d => d.Applicant, a =>
        {
            a.Property(x => x.FullName).HasMaxLength(200);
            a.Property(x => x.IdNumber).HasMaxLength(12);
            a.Property(x => x.Phone).HasMaxLength(15);
            a.Property(x => x.Email).HasMaxLength(200);
            a.Property(x => x.Address).HasMaxLength(500);
            a.Property(x => x.Organization).HasMaxLength(300);
            a.HasIndex(x => x.IdNumber);
        });
        builder.OwnsMany(d => d.Components, c => c.ToJson());
        builder.OwnsMany(d => d.Payments, c => c.ToJson());
        builder.Property(d => d.ResultKind).HasConversion<string>().HasMaxLength(20);
        builder.OwnsOne(d => d.ResultSignature, r =>
        {
            r.Property(x => x.Signer).HasMaxLength(ResultSignature.MaxName);
            r.Property(x => x.Organization).HasMaxLength(ResultSignature.MaxName);
            r.Property(x => x.Issuer).HasMaxLength(ResultSignature.MaxName);
            r.Property(x => x.SerialNumber).HasMaxLength(ResultSignature.MaxSerial);
        });
        builder.OwnsOne(d => d.Rating, r =>
        {
            r.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.Comment).HasMaxLength(Rating.MaxComment);
            r.Property(x => x.Reasons).HasMaxLength(200).HasConversion(
                reasons => string.Join(',', reasons),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(reason => Enum.Parse<RatingReason>(reason)).ToList(),
                new ValueComparer<IReadOnlyList<RatingReason>>((a, b) => a!.SequenceEqual(b!), r => r.Aggregate(0, (h, x) => HashCode.Combine(h, x)), r => r.ToList()));
        });
        builder.HasOne<Procedure>().WithMany().HasForeignKey(d => d.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.CurrentUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.ReceivedAtUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Citizen>().WithMany().HasForeignKey(d => d.CitizenId).OnDelete(DeleteBehavior.Restrict);
    }
}
