using Microsoft.AspNetCore.Hosting;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The applications of the two-factor collections: one role requires a second factor, as in production, which the
/// shared applications (Development, where none does) must not: their tests sign in as the demo KSTTHC officers with
/// the password alone. The KSTTHC officer's role stands for the required ones, so that the demo administrator still
/// signs in with his password and creates the officers each test works with. Few demo dossiers: these tests read none.
/// </summary>
public sealed class SqliteTwoFactorApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => TwoFactorApps.Require(builder, base.ConfigureWebHost);
}

/// <inheritdoc cref="SqliteTwoFactorApp"/>
public sealed class PostgresTwoFactorApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => TwoFactorApps.Require(builder, base.ConfigureWebHost);
}

public static class TwoFactorApps
{
    public const string RequiredRole = "KsttOfficer";

    public static void Require(IWebHostBuilder builder, Action<IWebHostBuilder> configure)
    {
        configure(builder);
        builder.UseSetting("Security:TwoFactor:RequiredRoles", RequiredRole);
        builder.UseSetting("Demo:Dossiers", "10");
    }
}
