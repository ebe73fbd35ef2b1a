using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Feedback;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Configurations;

public sealed class FeedbackEventConfiguration : IEntityTypeConfiguration<FeedbackEvent>
{
    public void Configure(EntityTypeBuilder<FeedbackEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.FeedbackId, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.UnitId, e.At });
        builder.Property(e => e.Type).HasMaxLength(40);
        builder.Property(e => e.ByUserName).HasMaxLength(100);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Note).HasMaxLength(8000);
        builder.HasOne<FeedbackItem>().WithMany().HasForeignKey(e => e.FeedbackId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
