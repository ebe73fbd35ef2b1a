using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MotCua.Web.Data;

public sealed class PostgresMotCuaDbContext(DbContextOptions<PostgresMotCuaDbContext> options) : MotCuaDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Npgsql writes only offset 0 to timestamptz; values arrive in Vietnam time (+07:00).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<ToUtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // The difference of two timestamptz is an interval; its seconds do not depend on the session's time zone, as a stored column requires.
        DossierLifespans.Configure(modelBuilder, "EXTRACT(EPOCH FROM \"EndedAt\" - \"ReceivedAt\") / 86400");
    }

    internal sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        v => v.ToUniversalTime(),
        v => v);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMotCuaDbContext>
{
    public PostgresMotCuaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMotCuaDbContext>().UseNpgsql("Host=localhost;Database=motcua_design").Options);
}
