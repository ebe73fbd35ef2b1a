using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Feedback;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class FeedbackVoteConfiguration : IEntityTypeConfiguration<FeedbackVote>
{
    public void Configure(EntityTypeBuilder<FeedbackVote> builder)
    {
        builder.HasKey(v => new { v.FeedbackId, v.Voter });
        builder.Property(v => v.Voter).HasMaxLength(120);
        builder.HasOne<FeedbackItem>().WithMany().HasForeignKey(v => v.FeedbackId).OnDelete(DeleteBehavior.Cascade);
    }
}
