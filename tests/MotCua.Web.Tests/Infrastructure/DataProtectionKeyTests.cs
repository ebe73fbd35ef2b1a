using System.Security.Cryptography;
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

        var protector = Protector(app);
        protector.Unprotect(protector.Protect("dữ liệu")).ShouldBe("dữ liệu");

        var stored = await StoredKeysAsync(app);
        stored.ShouldNotBeEmpty();
        stored.ShouldAllBe(xml => xml.Contains("EncryptedData") && !xml.Contains("<masterKey"));
    }

    [Fact]
    public async Task After_a_change_of_certificate_what_the_old_keys_protected_opens_while_the_old_certificate_is_listed_as_previous()
    {
        using var old = new KeyCertificate();
        using var next = new KeyCertificate();
        await using var before = new OneOffApp("Testing", old.Settings());
        var protectedBefore = Protector(before).Protect("phiên đăng nhập");
        await using var rotated = before.Restarted("Testing", [.. next.Settings(), .. old.Settings("DataProtection:PreviousCertificates:0")]);
        await using var forgotten = before.Restarted("Testing", next.Settings());

        Protector(rotated).Unprotect(protectedBefore).ShouldBe("phiên đăng nhập");
        Should.Throw<CryptographicException>(() => Protector(forgotten).Unprotect(protectedBefore));
    }

    private static IDataProtector Protector(OneOffApp app) =>
        app.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("MotCua.Tests.Rotation");

    private static async Task<List<string>> StoredKeysAsync(OneOffApp app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().DataProtectionKeys
            .Select(k => k.Xml!).ToListAsync(TestContext.Current.CancellationToken);
    }
}
