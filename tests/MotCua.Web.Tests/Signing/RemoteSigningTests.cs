using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Connections;
using MotCua.Web.Data;
using MotCua.Web.Signing;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Signing;

/// <summary>
/// The remote signing interface (a CA's signing service) over real HTTP against Development's stand-in, which speaks the
/// configured shape: the connection's test signs a PDF through it and verifies the signature against the demo CA.
/// </summary>
public sealed class RemoteSigningTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"motcua-signing-{Guid.NewGuid():N}");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("signature")]
    [InlineData("cms")]
    public async Task The_connection_test_signs_through_the_signing_service_and_the_signature_verifies(string returns)
    {
        var port = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
        await using var app = App(("Signing:StandIn:Port", port), ("Signing:Remote:Url", $"http://127.0.0.1:{port}/sign"), ("Signing:Remote:Returns", returns));
        var connection = Connection(app);

        var outcome = await connection.SendTestAsync(null, Ct);

        outcome.Failed.ShouldBeFalse(outcome.Error?.Detail?.Vi);
        outcome.Value.Vi.ShouldContain($"ký bởi {DemoAuthority.OfficeName}");
        (connection.Mode, connection.IsOffline).ShouldBe(("remote", true));
        connection.Settings.Single(s => s.Name == "Signing:Remote:AuthValue").Shown.ShouldBe(ConnectionSetting.Hidden);
        connection.Settings.Single(s => s.Name == "Certificate:Subject").Shown.ShouldContain(DemoAuthority.OfficeName);
        (await HealthAsync(app)).LastSuccessAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_signing_service_that_does_not_answer_is_a_502_and_its_failure_is_journaled()
    {
        await using var app = App(("Signing:Remote:Url", $"http://127.0.0.1:{FreePorts.Next()}/sign"));

        var outcome = await Connection(app).SendTestAsync(null, Ct);

        outcome.Error!.Status.ShouldBe(502);
        var health = await HealthAsync(app);
        (health.LastSuccessAt, health.LastFailureAt is null).ShouldBe((null, false));
    }

    private OneOffApp App(params (string Key, string Value)[] settings) => new("Development",
        [.. TwoNodes.Intervals.Select(i => (i, Timeout.InfiniteTimeSpan.ToString())), ("Demo:Seed", "false"),
        ("Signing:Provider", "remote"), ("Signing:DemoFolder", folder), ("Signing:Remote:AuthValue", "Bearer thu-nghiem"),
        ("Signing:Remote:Certificate", Path.Combine(folder, DemoAuthority.OfficeCertificate)), ("Signing:TrustedRoots:0", Path.Combine(folder, DemoAuthority.CaCertificate)),
        .. settings]);

    private static IConnection Connection(OneOffApp app) => app.Factory.Services.GetServices<IConnection>().Single(c => c.Key == "signing");

    private static async Task<MotCua.Web.Data.Entities.ConnectionHealth> HealthAsync(OneOffApp app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().ConnectionHealth.AsNoTracking().SingleAsync(h => h.Key == "signing", Ct);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
