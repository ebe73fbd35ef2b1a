using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;

namespace MotCua.Web.Data.Configurations;

public sealed class PaymentOrderConfiguration : IEntityTypeConfiguration<PaymentOrder>
{
    public void Configure(EntityTypeBuilder<PaymentOrder> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => o.Reference).IsUnique();
        builder.HasIndex(o => new { o.Status, o.CreatedAt });
        builder.Property(o => o.Reference).HasMaxLength(40);
        builder.Property(o => o.TransactionId).HasMaxLength(40);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.OwnsMany(o => o.Lines, l => l.ToJson());
        builder.HasOne<Dossier>().WithMany().HasForeignKey(o => o.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
