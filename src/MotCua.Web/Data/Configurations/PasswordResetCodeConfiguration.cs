using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Citizens;

namespace MotCua.Web.Data.Configurations;

public sealed class PasswordResetCodeConfiguration : IEntityTypeConfiguration<PasswordResetCode>
{
    public void Configure(EntityTypeBuilder<PasswordResetCode> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.CitizenId);
        builder.Property(c => c.CodeHash).HasMaxLength(200);
        builder.HasOne<Citizen>().WithMany().HasForeignKey(c => c.CitizenId).OnDelete(DeleteBehavior.Cascade);
    }
}
