using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class FormTemplateConfiguration : IEntityTypeConfiguration<FormTemplate>
{
    public void Configure(EntityTypeBuilder<FormTemplate> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.ProcedureCode, t.ComponentIndex }).IsUnique();
        builder.Property(t => t.ProcedureCode).HasMaxLength(50);
        builder.HasStoredFile(t => t.File);
        builder.Property(t => t.UploadedBy).HasMaxLength(100);
    }
}
