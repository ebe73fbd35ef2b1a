using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Files;

namespace MotCua.Web.Data.Configurations;

/// <summary>Every row holding a <see cref="StoredFile"/> keeps it in the same four columns of its own table.</summary>
public static class StoredFileMapping
{
    public static void HasStoredFile<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, StoredFile?>> file)
        where T : class =>
        builder.ComplexProperty(file, f =>
        {
            f.Property(x => x.Sha256).HasColumnName(nameof(StoredFile.Sha256)).HasMaxLength(64);
            f.Property(x => x.Size).HasColumnName(nameof(StoredFile.Size));
            f.Property(x => x.MediaType).HasColumnName(nameof(StoredFile.MediaType)).HasMaxLength(100);
            f.Property(x => x.FileName).HasColumnName(nameof(StoredFile.FileName)).HasMaxLength(120);
        });
}
