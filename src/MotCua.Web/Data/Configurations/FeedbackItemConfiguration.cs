using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Feedback;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class FeedbackItemConfiguration : IEntityTypeConfiguration<FeedbackItem>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> builder)
    {
        builder.ToTable("Feedback");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => f.Code).IsUnique();
        builder.HasIndex(f => new { f.UnitId, f.Status });
        builder.HasIndex(f => f.DueAt);
        builder.HasIndex(f => f.PublishedAt);
        builder.Property(f => f.Code).HasMaxLength(20);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Title).HasMaxLength(200);
        builder.Property(f => f.Content).HasMaxLength(4000);
        builder.Property(f => f.DossierCode).HasMaxLength(40);
        builder.Property(f => f.ProcedureCode).HasMaxLength(40);
        builder.Property(f => f.ComplainsAbout).HasMaxLength(30);
        builder.HasIndex(f => f.ComplainsAbout);
        builder.Property(f => f.EnteredBy).HasMaxLength(100);
        builder.Property(f => f.Answer).HasMaxLength(8000);
        builder.Property(f => f.RefusalReason).HasMaxLength(2000);
        builder.Property(f => f.SearchText).HasMaxLength(4400);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Property(f => f.RemainingWhenStopped).HasConversion(v => v.HasValue ? v.Value.Ticks : (long?)null, v => v.HasValue ? TimeSpan.FromTicks(v.Value) : null);
        builder.OwnsOne(f => f.Sender, s =>
        {
            s.Property(x => x.Name).HasMaxLength(200);
            s.Property(x => x.Phone).HasMaxLength(15);
            s.Property(x => x.Email).HasMaxLength(200);
        });
        builder.HasOne<Unit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
