using MotCua.Web.Features.Payments.Vnpay;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Features.Payments;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Common;

/// <summary>Issue 18, item 6: every absolute link the site hands out is built on the configured public address.</summary>
public abstract class PublicAddressTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_receipt_QR_code_decodes_to_the_dossier_lookup_on_the_configured_address()
    {
        var code = await App.ReceiveBirthAsync();
        var pdf = Path.Combine(Path.GetTempPath(), $"motcua-public-address-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(pdf, await App.PrintAsync(code, "receipt"), Ct);

            (await PdfTools.QrCodesAsync(pdf)).Trim().ShouldBe($"{MotCuaApp.PublicAddress}tra-cuu/{code}");
        }
        finally
        {
            File.Delete(pdf);
            File.Delete(Path.ChangeExtension(pdf, ".png"));
        }
    }

    [Fact]
    public async Task The_payment_gateway_sends_the_citizen_back_to_the_configured_address()
    {
        var steps = new PaymentSteps(App);
        var code = await steps.ReceiveAsync();

        var back = await steps.PayAsync(await steps.StartAsync(code), StandInOutcome.Paid);

        back.GetLeftPart(UriPartial.Path).ShouldBe($"{MotCuaApp.PublicAddress}thanh-toan/vnpay/tra-ve");
    }
}

[Collection(SqliteGroup.Name)]
public sealed class PublicAddressTestsOnSqlite(SqliteApp app) : PublicAddressTests(app);

[Collection(PostgresGroup.Name)]
public sealed class PublicAddressTestsOnPostgres(PostgresApp app) : PublicAddressTests(app);
