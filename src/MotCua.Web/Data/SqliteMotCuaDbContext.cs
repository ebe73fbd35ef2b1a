using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MotCua.Web.Data;

public sealed class SqliteMotCuaDbContext(DbContextOptions<SqliteMotCuaDbContext> options) : MotCuaDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset server-side and the built-in binary converter sorts
        // wrongly across offsets: keep UTC ticks, which order and compare as plain integers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // UTC ticks: 864,000,000,000 a day.
        DossierLifespans.Configure(modelBuilder, "(\"EndedAt\" - \"ReceivedAt\") / 864000000000.0");
    }

    internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMotCuaDbContext>
{
    public SqliteMotCuaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMotCuaDbContext>().UseSqlite("Data Source=design.db").Options);
}
