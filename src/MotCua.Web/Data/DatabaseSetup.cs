using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MotCua.Web.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// <c>Database:Provider</c> chooses SQLite (embedded default) or PostgreSQL (production, scale-out);
    /// both contexts share one model and carry their own migrations. Features add their save interceptors as
    /// <see cref="IInterceptor"/> services (the daily aggregates); every interceptor is a singleton.
    /// Contexts are pooled, their options built once: building the options for each request (the connection string
    /// parsed again, the interceptors gathered), then a new context's services, its state manager and EF Core's search of
    /// the assembly for the compiled model took about a third of a public lookup's time (issue 19: 3,000 → 4,500
    /// lookups/s). A context's own state (<see cref="MotCuaDbContext.UnitFactsFrom"/>) is reset by whoever sets it.
    /// </summary>
    public static IServiceCollection AddMotCuaDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connection = configuration.GetConnectionString("MotCua") ?? "Data Source=motcua.db";
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContextPool<MotCuaDbContext, PostgresMotCuaDbContext>((sp, o) => SkippingModelDiff(o.UseNpgsql(PostgresConnection.WithDefaults(connection))).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContextPool<MotCuaDbContext, SqliteMotCuaDbContext>((sp, o) => SkippingModelDiff(o.UseSqlite(SqliteFile.InContentRoot(connection, environment.ContentRootPath))).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{provider}'.");
        }

        services.AddHealthChecks().AddDbContextCheck<MotCuaDbContext>("database");
        return services.AddScoped<Common.VersionedResources>().AddSingleton<IInterceptor, Common.KeptValuesForgetting>()
            .AddSingleton<Common.UnitDirectory>().AddSingleton<Common.IKeptValues>(sp => sp.GetRequiredService<Common.UnitDirectory>());
    }

    /// <summary>
    /// Migrating at start does not compare the model with the last migration's snapshot: EF Core's pending-changes check
    /// builds the snapshot's model and diffs it with the application's, 0.5–0.9 s of a start on an existing database
    /// (issue 19). A test makes that comparison for both providers before anything is released (<c>PlatformTests</c>).
    /// </summary>
    private static DbContextOptionsBuilder SkippingModelDiff(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
