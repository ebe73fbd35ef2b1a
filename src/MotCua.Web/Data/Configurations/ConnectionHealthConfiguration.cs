using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

public sealed class ConnectionHealthConfiguration : IEntityTypeConfiguration<ConnectionHealth>
{
    public void Configure(EntityTypeBuilder<ConnectionHealth> builder)
    {
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(40);
        builder.Property(c => c.LastFailure).HasMaxLength(ConnectionJournalLimits.Failure);
    }
}

/// <summary>How much of a failure is kept: enough to read the cause, not a whole answer body.</summary>
public static class ConnectionJournalLimits
{
    public const int Failure = 1000;
}
