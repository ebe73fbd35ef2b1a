using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class VnpayStandInTransactionConfiguration : IEntityTypeConfiguration<VnpayStandInTransaction>
{
    public void Configure(EntityTypeBuilder<VnpayStandInTransaction> builder)
    {
        builder.HasKey(t => t.Reference);
        builder.Property(t => t.Reference).HasMaxLength(100);
        builder.Property(t => t.TransactionNo).HasMaxLength(20);
        builder.Property(t => t.Status).HasMaxLength(2);
        builder.Property(t => t.ResponseCode).HasMaxLength(2);
        builder.Property(t => t.OrderInfo).HasMaxLength(255);
        builder.Property(t => t.CreateDate).HasMaxLength(14);
    }
}
