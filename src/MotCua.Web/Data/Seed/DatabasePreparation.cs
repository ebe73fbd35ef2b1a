using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Citizens;
using MotCua.Domain.Organization;

namespace MotCua.Web.Data.Seed;

public static class DatabasePreparation
{
    /// <summary>
    /// Migrates the database, loads reference data, and (when <c>Demo:Seed</c> is on) the demo
    /// province, under the start-up lock: nodes starting together do it one after the other, and each step finds what
    /// the node before it did and adds nothing twice. Only Development starts while a demo account still opens with the demo password: a staging or test
    /// server reachable by others is as exposed as Production.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        await using (await StartupLock.TakeAsync(db, app.Logger, CancellationToken.None))
        {
            await MigrateAsync(db, app.Configuration);
            await PlannerStatistics.ApplyAsync(db, CancellationToken.None);
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            if (app.Configuration.GetValue<bool>("Demo:Seed"))
            {
                await demo.SeedAsync(CancellationToken.None);
            }
            else
            {
                await demo.SeedSchedulesAsync(CancellationToken.None);
            }
        }

        await scope.ServiceProvider.GetRequiredService<Features.Integrity.SealUnchainedRecords>().RunAsync(CancellationToken.None);
        if (!app.Environment.IsDevelopment())
        {
            await RefuseDemoAccountsAsync(db, scope.ServiceProvider, app.Environment.EnvironmentName);
        }
    }

    /// <summary>
    /// Migrates without the 30 s limit of a request's command: a migration that builds an index over a province's
    /// history takes minutes (26 million daily counts: longer than 30 s), and a start that gave up on it would only
    /// begin it again. <c>Database:MigrationTimeoutSeconds</c> sets a limit; none (0) unless set.
    /// </summary>
    private static async Task MigrateAsync(MotCuaDbContext db, IConfiguration configuration)
    {
        var before = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(configuration.GetValue("Database:MigrationTimeoutSeconds", 0));
        try
        {
            await db.Database.MigrateAsync();
        }
        finally
        {
            db.Database.SetCommandTimeout(before);
        }
    }

    private static async Task RefuseDemoAccountsAsync(MotCuaDbContext db, IServiceProvider services, string environment)
    {
        var names = DemoData.DemoUserNames;
        var officers = services.GetRequiredService<IPasswordHasher<Officer>>();
        var citizens = services.GetRequiredService<IPasswordHasher<Citizen>>();
        var open = (await db.Officers.Where(o => names.Contains(o.UserName) && o.IsActive).ToListAsync())
            .Where(o => officers.VerifyHashedPassword(o, o.PasswordHash, DemoData.DemoPassword) != PasswordVerificationResult.Failed).Select(o => o.UserName)
            .Concat((await db.Citizens.Where(c => c.Email == DemoCitizen.Email).ToListAsync())
                .Where(c => citizens.VerifyHashedPassword(c, c.PasswordHash, DemoData.DemoPassword) != PasswordVerificationResult.Failed).Select(c => c.Email!))
            .ToList();
        if (open.Count > 0)
        {
            throw new InvalidOperationException(
                $"{environment} refuses to start: demo accounts with the demo password exist (" + string.Join(", ", open) +
                "). Deactivate them or change their passwords.");
        }
    }
}
