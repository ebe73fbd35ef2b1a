using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class TaskEvidenceConfiguration : IEntityTypeConfiguration<TaskEvidence>
{
    public void Configure(EntityTypeBuilder<TaskEvidence> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.InstanceId);
        builder.HasStoredFile(e => e.File);
        builder.Property(e => e.UploadedBy).HasMaxLength(100);
        builder.HasOne<TaskInstance>().WithMany().HasForeignKey(e => e.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
