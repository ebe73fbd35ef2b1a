using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Feedback;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class FeedbackAttachmentConfiguration : IEntityTypeConfiguration<FeedbackAttachment>
{
    public void Configure(EntityTypeBuilder<FeedbackAttachment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.FeedbackId);
        builder.HasStoredFile(a => a.File);
        builder.HasOne<FeedbackItem>().WithMany().HasForeignKey(a => a.FeedbackId).OnDelete(DeleteBehavior.Cascade);
    }
}
