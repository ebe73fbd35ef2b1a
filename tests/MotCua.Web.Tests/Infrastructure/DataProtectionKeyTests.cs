using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using Shouldly;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>The data-protection keys in the database are encrypted with a certificate kept outside it (SECURITY.md).</summary>
public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task With_a_certificate_the_stored_keys_hold_no_key_material_in_clear()
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Testing", certificate.Settings());

        var protector = app.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        protector.Unprotect(protector.Protect("dữ liệu")).ShouldBe("dữ liệu");

        var stored = await StoredKeysAsync(app);
        stored.ShouldNotBeEmpty();
        stored.ShouldAllBe(xml => xml.Contains("EncryptedData") && !xml.Contains("<masterKey"));
    }

    [Fact]
    public async Task Production_refuses_to_start_without_the_certificate()
    {
        await using var app = new OneOffApp("Production");

        var failure = Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("DataProtection:Certificate:Path");
    }

    private static async Task<List<string>> StoredKeysAsync(OneOffApp app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().DataProtectionKeys
            .Select(k => k.Xml!).ToListAsync(TestContext.Current.CancellationToken);
    }
}
