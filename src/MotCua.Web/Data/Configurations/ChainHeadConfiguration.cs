using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class ChainHeadConfiguration : IEntityTypeConfiguration<ChainHead>
{
    public void Configure(EntityTypeBuilder<ChainHead> builder)
    {
        builder.HasKey(h => h.Key);
        builder.Property(h => h.Key).HasMaxLength(60);
        builder.Property(h => h.Hash).HasMaxLength(64);

        // Two saves extending one chain at once: the second finds the head moved and is refused.
        builder.Property(h => h.Length).IsConcurrencyToken();
        builder.HasIndex(h => h.ChangedAt);
    }
}
