using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class TaskInstanceConfiguration : IEntityTypeConfiguration<TaskInstance>
{
    public void Configure(EntityTypeBuilder<TaskInstance> builder)
    {
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => new { i.TaskId, i.DueDate }).IsUnique();
        builder.HasIndex(i => i.DueDate);
        builder.Ignore(i => i.State);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Note).HasMaxLength(2000);
        builder.Property(i => i.EvidenceUrl).HasMaxLength(2000);
        builder.Property(i => i.UpdatedBy).HasMaxLength(100);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(i => i.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
