using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data.Configurations;

/// <summary>
/// No foreign keys: the log names what was read at the time, and nothing done later to the dossiers, units or officers
/// it names may remove or block an entry.
/// </summary>
public sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public const int UserAgentLength = 256;

    public void Configure(EntityTypeBuilder<PersonalDataAccess> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.DossierId, a.At });
        builder.HasIndex(a => a.At);
        builder.Property(a => a.OfficerUserName).HasMaxLength(100);
        builder.Property(a => a.OfficerFullName).HasMaxLength(200);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.DossierCode).HasMaxLength(40);
        builder.Property(a => a.What).HasMaxLength(300);

        // An IPv6 address in full is 39 characters; 45 leaves room for an IPv4-mapped one.
        builder.Property(a => a.Address).HasMaxLength(45);
        builder.Property(a => a.UserAgent).HasMaxLength(UserAgentLength);
    }
}
