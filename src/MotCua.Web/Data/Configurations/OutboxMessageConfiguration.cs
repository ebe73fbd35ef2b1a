using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        builder.Property(m => m.Key).HasMaxLength(200);
        builder.Property(m => m.Channel).HasMaxLength(20);
        builder.Property(m => m.Recipient).HasMaxLength(200);
        // Room for an officer's daily digest, which lists dossier codes; applicant notices are a line or two.
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.ProviderMessageId).HasMaxLength(100);
        builder.Property(m => m.DeliveryError).HasMaxLength(500);

        // Delivery receipts name the message by the provider's id.
        builder.HasIndex(m => new { m.Channel, m.ProviderMessageId });
        builder.HasOne<Dossier>().WithMany().HasForeignKey(m => m.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
