using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Payments;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class PaymentRefundConfiguration : IEntityTypeConfiguration<PaymentRefund>
{
    public void Configure(EntityTypeBuilder<PaymentRefund> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.PaymentOrderId);
        builder.Property(r => r.Reason).HasMaxLength(RefundLimits.Reason);
        builder.Property(r => r.By).HasMaxLength(100);
        builder.Property(r => r.TransactionId).HasMaxLength(40);
        builder.HasOne<PaymentOrder>().WithMany().HasForeignKey(r => r.PaymentOrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>How long the reason given for a refund may be.</summary>
public static class RefundLimits
{
    public const int Reason = 500;
}
