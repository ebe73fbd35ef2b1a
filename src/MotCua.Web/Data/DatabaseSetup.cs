using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MotCua.Web.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// <c>Database:Provider</c> chooses SQLite (embedded default) or PostgreSQL (production, scale-out);
    /// both contexts share one model and carry their own migrations. Features add their save interceptors as
    /// <see cref="IInterceptor"/> services (the daily aggregates).
    /// </summary>
    public static IServiceCollection AddMotCuaDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connection = configuration.GetConnectionString("MotCua") ?? "Data Source=motcua.db";
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<MotCuaDbContext, PostgresMotCuaDbContext>((sp, o) => o.UseNpgsql(PostgresConnection.WithDefaults(connection)).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<MotCuaDbContext, SqliteMotCuaDbContext>((sp, o) => o.UseSqlite(SqliteFile.InContentRoot(connection, environment.ContentRootPath)).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{provider}'.");
        }

        services.AddHealthChecks().AddDbContextCheck<MotCuaDbContext>("database");
        return services.AddScoped<Common.VersionedResources>();
    }
}
