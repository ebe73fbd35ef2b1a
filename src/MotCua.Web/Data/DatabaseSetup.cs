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
            services.AddDbContext<MotCuaDbContext, PostgresMotCuaDbContext>((sp, o) => SkippingModelDiff(o.UseNpgsql(PostgresConnection.WithDefaults(connection))).AddInterceptors(sp.GetServices<IInterceptor>()), optionsLifetime: OptionsOnce);
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<MotCuaDbContext, SqliteMotCuaDbContext>((sp, o) => SkippingModelDiff(o.UseSqlite(SqliteFile.InContentRoot(connection, environment.ContentRootPath))).AddInterceptors(sp.GetServices<IInterceptor>()), optionsLifetime: OptionsOnce);
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{provider}'.");
        }

        services.AddHealthChecks().AddDbContextCheck<MotCuaDbContext>("database");
        return services.AddScoped<Common.VersionedResources>();
    }

    /// <summary>
    /// The options are built once, not for every request: building them (the connection string parsed again, the
    /// interceptors gathered) and EF Core's lookup of its services for a new options instance took about a seventh of a
    /// public lookup's time (issue 19). Every interceptor is a singleton, so nothing scoped is captured.
    /// </summary>
    private const ServiceLifetime OptionsOnce = ServiceLifetime.Singleton;

    /// <summary>
    /// Migrating at start does not compare the model with the last migration's snapshot: EF Core's pending-changes check
    /// builds the snapshot's model and diffs it with the application's, 0.5–0.9 s of a start on an existing database
    /// (issue 19). A test makes that comparison for both providers before anything is released (<c>PlatformTests</c>).
    /// </summary>
    private static DbContextOptionsBuilder SkippingModelDiff(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
